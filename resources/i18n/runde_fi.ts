<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name></name>
    <message>
        <location filename="../../ui/store_opening.py" line="143"/>
        <source>Runde is already open</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde on jo auki</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="144"/>
        <source>Runde is already open on this computer with the same data. Switch to that window (it may be on another screen) instead of starting it twice.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde on jo auki tällä tietokoneella samoilla tiedoilla. Siirry siihen ikkunaan (se voi olla toisella näytöllä) äläkä käynnistä Rundea kahdesti.</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="148"/>
        <source>A newer Runde wrote this data</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runden uudempi versio on tallentanut nämä tiedot</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="159"/>
        <location filename="../../ui/store_opening.py" line="149"/>
        <source>The data was saved by a newer version of Runde. This version leaves it untouched. Please install the newer version.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tiedot on tallennettu Runden uudemmalla versiolla. Tämä versio ei muuta niitä. Asenna uudempi versio.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="120"/>
        <location filename="../../ui/store_opening.py" line="181"/>
        <source>Another program is using Runde&apos;s data in %1 (perhaps a database tool, or a backup or sync program). Nothing was moved or changed. Close that program and start Runde again.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Toinen ohjelma käyttää Runden tietoja kansiossa %1 (ehkä tietokantatyökalu tai varmuuskopio- tai synkronointiohjelma). Mitään ei siirretty eikä muutettu. Sulje se ohjelma ja käynnistä Runde uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="123"/>
        <location filename="../../ui/store_opening.py" line="185"/>
        <source>The disk that holds %1 is full. Free some space there, or choose another folder with --data-dir. Nothing was moved or changed.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Levy, jolla %1 on, on täynnä. Vapauta sieltä tilaa tai valitse toinen kansio valitsimella --data-dir. Mitään ei siirretty eikä muutettu.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="125"/>
        <location filename="../../ui/store_opening.py" line="188"/>
        <source>Runde cannot write in %1: choose another folder with --data-dir or make it writable. Nothing was moved or changed.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde ei voi kirjoittaa kansioon %1: valitse toinen kansio valitsimella --data-dir tai salli kirjoittaminen siihen. Mitään ei siirretty eikä muutettu.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="127"/>
        <location filename="../../ui/store_opening.py" line="191"/>
        <source>Runde cannot read or write its data in %1 (%2). Check the disk, or choose another folder with --data-dir. Nothing was moved or changed.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde ei voi lukea eikä kirjoittaa tietojaan kansiossa %1 (%2). Tarkista levy tai valitse toinen kansio valitsimella --data-dir. Mitään ei siirretty eikä muutettu.</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="33"/>
        <location filename="../../ui/store_opening.py" line="156"/>
        <location filename="../../ui/store_opening.py" line="161"/>
        <source>Runde cannot open its data</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde ei voi avata tietojaan</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="165"/>
        <location filename="../../ui/store_opening.py" line="34"/>
        <source>The database setting cannot be used: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tietokanta-asetusta ei voi käyttää: %1</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="81"/>
        <source>Runde cannot work offline</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde ei voi toimia ilman yhteyttä</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="82"/>
        <source>Runde cannot note what is done offline, to send it to the team server later: %1. Nothing was changed.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde ei voi kirjata, mitä ilman yhteyttä tehdään, jotta sen voisi lähettää tiimin palvelimelle myöhemmin: %1. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="44"/>
        <source>Working offline, in this computer&apos;s own file: the team server %1 could not be reached. What you do now is sent to it the next time Runde starts and reaches it.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Työskentelet ilman yhteyttä tämän tietokoneen omassa tiedostossa: tiimin palvelinta %1 ei tavoitettu. Se, mitä nyt teet, lähetetään sinne, kun Runde seuraavan kerran käynnistyy ja tavoittaa sen.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="34"/>
        <location filename="../../ui/offline_work.py" line="61"/>
        <location filename="../../ui/offline_work.py" line="86"/>
        <location filename="../../ui/offline_work.py" line="106"/>
        <location filename="../../ui/offline_work.py" line="110"/>
        <source>Work done offline</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ilman yhteyttä tehty työ</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="35"/>
        <source>Runde cannot note this for sending to the team server later: %1. It is kept in this computer&apos;s own file; “runde move-team” can bring a team&apos;s history to the server.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde ei voi kirjata tätä lähetettäväksi tiimin palvelimelle myöhemmin: %1. Se säilytetään tämän tietokoneen omassa tiedostossa; “runde move-team” voi siirtää tiimin historian palvelimelle.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="62"/>
        <source>Runde cannot read its note of what was done offline on this computer (%1). Nothing was sent; the note is left as it is.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde ei voi lukea merkintäänsä siitä, mitä tällä tietokoneella tehtiin ilman yhteyttä (%1). Mitään ei lähetetty; merkintä jätettiin ennalleen.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="71"/>
        <source>The work done offline cannot be read from this computer&apos;s own file: %1. Nothing was sent; Runde asks again at the next start.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ilman yhteyttä tehtyä työtä ei voi lukea tämän tietokoneen omasta tiedostosta: %1. Mitään ei lähetetty; Runde kysyy uudelleen seuraavalla käynnistyskerralla.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="77"/>
        <source>The work done offline could not be sent: %1. Nothing was sent; Runde asks again at the next start.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ilman yhteyttä tehtyä työtä ei voitu lähettää: %1. Mitään ei lähetetty; Runde kysyy uudelleen seuraavalla käynnistyskerralla.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="107"/>
        <source>The work done offline was sent, but its note could not be set aside (%1). Runde will offer it again; sending it again changes nothing.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ilman yhteyttä tehty työ lähetettiin, mutta sen merkintää ei voitu siirtää sivuun (%1). Runde tarjoaa sitä uudelleen; uudelleen lähettäminen ei muuta mitään.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="111"/>
        <source>Sent to the team server: %1. It is in the team&apos;s history there now; this computer keeps its own copy.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Lähetetty tiimin palvelimelle: %1. Se on nyt tiimin historiassa siellä; tämä tietokone säilyttää oman kopionsa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/offline_work.py" line="118"/>
        <source>%n meeting(s)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>%n kokous</numerusform>
            <numerusform>%n kokousta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/offline_work.py" line="119"/>
        <source>%n learning visit(s)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>%n oppimiskäynti</numerusform>
            <numerusform>%n oppimiskäyntiä</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="121"/>
        <source>%1 and %2</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1 ja %2</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="122"/>
        <source>nothing new</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>ei mitään uutta</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="127"/>
        <source>Send the work done offline?</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Lähetetäänkö ilman yhteyttä tehty työ?</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="128"/>
        <source>While the team server could not be reached (from %1), Runde worked in this computer&apos;s own file: %2. Send it to the team server now? Nothing is removed from this computer.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kun tiimin palvelinta ei tavoitettu (alkaen %1), Runde toimi tämän tietokoneen omassa tiedostossa: %2. Lähetetäänkö se tiimin palvelimelle nyt? Tältä tietokoneelta ei poisteta mitään.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="131"/>
        <source>Send now</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Lähetä nyt</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="132"/>
        <source>Later</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Myöhemmin</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="103"/>
        <source>The database server cannot be reached</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tietokantapalvelimeen ei saada yhteyttä</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="58"/>
        <source>The database server refused the login</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tietokantapalvelin hylkäsi kirjautumisen</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="132"/>
        <source>The database server %1 refused the user name or password. Set the password in Settings…, or in the environment variable RUNDE_DB_PASSWORD.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tietokantapalvelin %1 hylkäsi käyttäjätunnuksen tai salasanan. Anna salasana kohdassa Asetukset… tai ympäristömuuttujassa RUNDE_DB_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="108"/>
        <source>Try again</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="110"/>
        <source>Quit</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Lopeta</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="162"/>
        <source>Runde could not open its data folder:
%1

Nothing was changed.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde ei voinut avata tietokansiotaan:
%1

Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="169"/>
        <source>Data on a network drive</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tiedot ovat verkkoasemalla</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="170"/>
        <source>Runde&apos;s data is on a network drive. Databases can be damaged there; keep the data on this computer (or use --data-dir with a local folder).</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runden tiedot ovat verkkoasemalla. Tietokannat voivat vahingoittua siellä; pidä tiedot tällä tietokoneella (tai käytä --data-dir-valitsinta ja paikallista kansiota).</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="162"/>
        <location filename="../../ui/store_opening.py" line="199"/>
        <source>Runde&apos;s database was damaged, perhaps by a crash or a full disk. It was moved aside, not deleted:
%1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runden tietokanta oli vahingoittunut, ehkä kaatumisen tai täyden levyn vuoksi. Se siirrettiin sivuun, ei poistettu:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="202"/>
        <location filename="../../ui/store_opening.py" line="206"/>
        <location filename="../../ui/store_opening.py" line="216"/>
        <source>The data was damaged</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tiedot olivat vahingoittuneet</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="203"/>
        <source>There is no backup to restore. Runde starts with empty data.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Palautettavaa varmuuskopiota ei ole. Runde käynnistyy tyhjillä tiedoilla.</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="207"/>
        <source>Restore the newest good backup, from %1?</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Palautetaanko uusin ehjä varmuuskopio, ajalta %1?</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="157"/>
        <source>Some edits of the meeting of %1 could not be saved before Runde closed (%2). They were kept on this computer. Bring them back into that meeting now?</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Joitakin kokouksen %1 muutoksia ei voitu tallentaa ennen kuin Runde suljettiin (%2). Ne säilytettiin tällä tietokoneella. Palautetaanko ne kokoukseen nyt?</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="159"/>
        <source>no case title</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>tapauksella ei ole otsikkoa</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="66"/>
        <location filename="../../ui/recovery.py" line="73"/>
        <location filename="../../ui/recovery.py" line="160"/>
        <location filename="../../ui/recovery.py" line="172"/>
        <source>Edits that were not saved</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Muutokset, joita ei tallennettu</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="218"/>
        <source>They could not be brought back now: %1 They stay in %2.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Niitä ei voitu palauttaa nyt: %1 Ne jäävät tiedostoon %2.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="224"/>
        <source>A file of edits that were not saved cannot be read; it is left where it is: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tiedostoa, jossa on tallentamattomia muutoksia, ei voi lukea; se jätetään paikalleen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="104"/>
        <source>Runde cannot reach the database server %1. Check the network connection, or ask the IT department whether the server is running. Nothing was changed.

You can also work offline: Runde then keeps what you do in this computer&apos;s own file and sends it to the server the next time it starts and reaches it.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde ei tavoita tietokantapalvelinta %1. Tarkista verkkoyhteys tai kysy IT-osastolta, onko palvelin käynnissä. Mitään ei muutettu.

Voit myös työskennellä ilman yhteyttä: Runde säilyttää silloin tekemäsi tämän tietokoneen omassa tiedostossa ja lähettää sen palvelimelle, kun se seuraavan kerran käynnistyy ja tavoittaa palvelimen.</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="109"/>
        <source>Work offline</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Työskentele ilman yhteyttä</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="136"/>
        <source>Connecting to the team&apos;s database server %1…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Yhdistetään tiimin tietokantapalvelimeen %1…</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="167"/>
        <source>Runde&apos;s data is read-only</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runden tiedot on kirjoitussuojattu</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="208"/>
        <source>Resume the meeting?</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Jatketaanko tapaamista?</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="209"/>
        <source>A meeting was still running when Runde stopped a moment ago. Resume it where it was (paused, with the time that passed shown), or end it there?</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kokous oli vielä käynnissä, kun Runde pysähtyi hetki sitten. Jatketaanko siitä, mihin jäätiin (tauolla, kulunut aika näkyy), vai päätetäänkö se siihen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recovery.py" line="212"/>
        <source>A meeting was still running when Runde stopped, %n minute(s) ago. Resume it where it was (paused, with the time that passed shown), or end it there?</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>Tapaaminen oli vielä käynnissä, kun Runde sulkeutui %n minuutti sitten. Jatketaanko siitä, mihin jäätiin (tauolla, kulunut aika näkyvissä), vai lopetetaanko tapaaminen siihen?</numerusform>
            <numerusform>Tapaaminen oli vielä käynnissä, kun Runde sulkeutui %n minuuttia sitten. Jatketaanko siitä, mihin jäätiin (tauolla, kulunut aika näkyvissä), vai lopetetaanko tapaaminen siihen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recovery.py" line="214"/>
        <source>A meeting started on another computer has not been saved there for %n minute(s): Runde there may have stopped. Resume it here (paused, with the time that passed shown), end it there, or leave it?</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>Toisella tietokoneella aloitettua kokousta ei ole tallennettu siellä %n minuuttiin: Runde siellä on ehkä pysähtynyt. Jatketaanko sitä täällä (tauolla, kulunut aika näkyvissä), lopetetaanko se siihen vai jätetäänkö se ennalleen?</numerusform>
            <numerusform>Toisella tietokoneella aloitettua kokousta ei ole tallennettu siellä %n minuuttiin: Runde siellä on ehkä pysähtynyt. Jatketaanko sitä täällä (tauolla, kulunut aika näkyvissä), lopetetaanko se siihen vai jätetäänkö se ennalleen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="217"/>
        <source>Resume</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Jatka</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="218"/>
        <source>End it there</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Lopeta siihen</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="221"/>
        <source>Leave it</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Jätä ennalleen</translation>
    </message>
    <message>
        <location filename="../../ui/app_windows.py" line="30"/>
        <location filename="../../ui/app_windows.py" line="126"/>
        <location filename="../../ui/meeting_start.py" line="220"/>
        <location filename="../../ui/meeting_start.py" line="242"/>
        <location filename="../../ui/second_start.py" line="108"/>
        <source>Runde</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde</translation>
    </message>
    <message>
        <location filename="../../ui/app_windows.py" line="126"/>
        <source>The learning-visit format is missing.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: oppimiskäynti (learning visit); also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>Oppimiskäynnin malli puuttuu.</translation>
    </message>
    <message>
        <location filename="../../ui/app_windows.py" line="141"/>
        <source>The learning visit cannot be opened now: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Oppimiskäyntiä ei voi avata nyt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_windows.py" line="143"/>
        <source>it is no longer there.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>sitä ei ole enää.</translation>
    </message>
    <message>
        <location filename="../../ui/app_windows.py" line="146"/>
        <source>Runde – learning visit (offline, in this computer&apos;s own file)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde – oppimiskäynti (ilman yhteyttä, tämän tietokoneen omassa tiedostossa)</translation>
    </message>
    <message>
        <location filename="../../ui/app_windows.py" line="174"/>
        <source>History</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../../ui/app_windows.py" line="175"/>
        <source>The history cannot be shown now: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Historiaa ei voi näyttää nyt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_settings.py" line="51"/>
        <location filename="../../ui/app_settings.py" line="54"/>
        <location filename="../../ui/app_settings.py" line="67"/>
        <source>The database setting was not saved</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tietokanta-asetusta ei tallennettu</translation>
    </message>
    <message>
        <location filename="../../ui/app_settings.py" line="74"/>
        <source>The password was not saved</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Salasanaa ei tallennettu</translation>
    </message>
    <message>
        <location filename="../../ui/app_settings.py" line="75"/>
        <source>This computer has no keyring to keep the password in. Set the environment variable RUNDE_DB_PASSWORD instead; the password is never written into a file.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tällä tietokoneella ei ole avainnippua, johon salasanan voisi tallentaa. Aseta sen sijaan ympäristömuuttuja RUNDE_DB_PASSWORD; salasanaa ei koskaan kirjoiteta tiedostoon.</translation>
    </message>
    <message>
        <location filename="../../ui/app_settings.py" line="94"/>
        <source>Settings not saved</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Asetuksia ei tallennettu</translation>
    </message>
    <message>
        <location filename="../../ui/app_settings.py" line="95"/>
        <source>The settings apply now but could not be saved for next time: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Asetukset ovat nyt käytössä, mutta niitä ei voitu tallentaa seuraavaa kertaa varten: %1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="204"/>
        <source>The learning visit cannot start</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Oppimiskäyntiä ei voi aloittaa</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="205"/>
        <source>A learning visit cannot be started, because it could not be saved. %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Oppimiskäyntiä ei voi aloittaa, koska sitä ei voitu tallentaa. %1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="208"/>
        <source>The meeting cannot start</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tapaamista ei voi aloittaa</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="209"/>
        <source>A meeting cannot be started, because it could not be saved. %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tapaamista ei voi aloittaa, koska sitä ei voitu tallentaa. %1</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_start.py" line="128"/>
        <source>The meeting is not being saved</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tapaamista ei tallenneta</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_start.py" line="129"/>
        <source>The meeting runs, but Runde cannot save it: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tapaaminen jatkuu, mutta Runde ei voi tallentaa sitä: %1</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_start.py" line="221"/>
        <location filename="../../ui/single_instance.py" line="141"/>
        <source>There is no format with the id &apos;%1&apos;. Choose one on the start screen.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>Tapaamismallia tunnuksella &apos;%1&apos; ei ole. Valitse malli aloitusnäytöltä.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_start.py" line="228"/>
        <source>--participants: a meeting takes at most %1 people; only the first %1 take part, the rest are left out.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>--participants: tapaamisessa voi olla enintään %1 henkilöä; vain ensimmäiset %1 osallistuvat, loput jätetään pois.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_start.py" line="233"/>
        <location filename="../../ui/single_instance.py" line="145"/>
        <source>runde run: --facilitator must be one of the names in --participants.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>runde run: --facilitator-nimen on oltava yksi --participants-nimistä.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_start.py" line="235"/>
        <location filename="../../ui/single_instance.py" line="146"/>
        <source>runde run: the format &apos;%1&apos; needs a facilitator: name one of --participants with --facilitator NAME.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>runde run: muoto &apos;%1&apos; edellyttää fasilitaattoria: nimeä yksi --participants-henkilöistä valitsimella --facilitator NIMI.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_start.py" line="243"/>
        <location filename="../../ui/single_instance.py" line="152"/>
        <source>--presenter: &apos;%1&apos; is not one of --participants. Choose the presenters on the start screen.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>--presenter: &apos;%1&apos; ei ole --participants-luettelossa. Valitse tapauksen esittäjät aloitusnäytöllä.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="240"/>
        <source>Some formats could not be used</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Joitakin tapaamismalleja ei voitu käyttää</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="316"/>
        <source>No backup was made</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Varmuuskopiota ei tehty</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="317"/>
        <source>Runde could not make its start-up backup: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde ei voinut tehdä varmuuskopiota käynnistyksen yhteydessä: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="36"/>
        <source>The team is already there: choose another place with --to.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tiimi on jo siellä: valitse toinen paikka valitsimella --to.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="39"/>
        <source>Copying &apos;%1&apos; to %2 and checking every table; a large team takes a while…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kopioidaan &apos;%1&apos; kohteeseen %2 ja tarkistetaan jokainen taulu; suuri tiimi vie hetken…</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="43"/>
        <location filename="../../ui/cli/team.py" line="64"/>
        <source>No team called &apos;%1&apos; there.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Siellä ei ole tiimiä nimeltä &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="47"/>
        <source>&apos;%1&apos; was copied to %2 and checked, but could not be removed from %3: it is still there, whole.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>&apos;%1&apos; kopioitiin kohteeseen %2 ja tarkistettiin, mutta sitä ei voitu poistaa kohteesta %3: se on yhä siellä kokonaisena.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="51"/>
        <source>The team was not moved: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tiimiä ei siirretty: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="58"/>
        <source>Moved &apos;%1&apos; to %2; every table counted the same on both sides.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>&apos;%1&apos; siirrettiin kohteeseen %2; jokaisessa taulussa oli sama määrä molemmilla puolilla.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="60"/>
        <source>Copied &apos;%1&apos; to %2; every table counted the same on both sides.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>&apos;%1&apos; kopioitiin kohteeseen %2; jokaisessa taulussa oli sama määrä molemmilla puolilla.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/formats.py" line="61"/>
        <source>The teams&apos; own formats are left out: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tiimien omat tapaamismallit jätetään pois: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cli/formats.py" line="79"/>
        <source>%n step(s), about %1 min</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>%n vaihe, noin %1 min</numerusform>
            <numerusform>%n vaihetta, noin %1 min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cli/formats.py" line="80"/>
        <source>%n step(s), no fixed length</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>%n vaihe, ei kiinteää kestoa</numerusform>
            <numerusform>%n vaihetta, ei kiinteää kestoa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="110"/>
        <source>A series could not be read and is left out: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Sarjaa ei voitu lukea, ja se jätetään pois: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="113"/>
        <source>The team &apos;%1&apos; has no meeting series yet. Set one up with Meeting series… on the start screen.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tiimillä &apos;%1&apos; ei ole vielä tapaamissarjaa. Luo sellainen painikkeella Tapaamissarjat… aloitusnäytöllä.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="101"/>
        <location filename="../../ui/cli/commands.py" line="124"/>
        <source>The calendar was not written: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kalenteria ei kirjoitettu: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cli/commands.py" line="126"/>
        <source>Wrote %n meeting(s) to %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>Kirjoitettiin %n tapaaminen tiedostoon %1</numerusform>
            <numerusform>Kirjoitettiin %n tapaamista tiedostoon %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cli/formats.py" line="83"/>
        <source>Refused: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Hylätty: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/formats.py" line="91"/>
        <source>No format with the id &apos;%1&apos;. See: runde formats list</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>Tapaamismallia tunnuksella &apos;%1&apos; ei ole. Katso: runde formats list</translation>
    </message>
    <message>
        <location filename="../../ui/cli/formats.py" line="98"/>
        <location filename="../../ui/cli/team.py" line="40"/>
        <source>Could not write %1: %2</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tiedostoa %1 ei voitu kirjoittaa: %2</translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="113"/>
        <location filename="../../ui/cli/formats.py" line="101"/>
        <location filename="../../ui/cli/team.py" line="68"/>
        <source>Wrote %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kirjoitettu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/formats.py" line="109"/>
        <source>The format was not imported: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>Mallia ei tuotu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/formats.py" line="112"/>
        <source>Could not save the format: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>Mallia ei voitu tallentaa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/formats.py" line="114"/>
        <source>Imported &apos;%1&apos; (%2)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tuotu &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="32"/>
        <source>No such learning visit: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: oppimiskäynti (learning visit)</translatorcomment>
        <translation>Oppimiskäyntiä ei löydy: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="40"/>
        <source>No such meeting: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tapaamista ei löydy: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="107"/>
        <location filename="../../ui/cli/export.py" line="48"/>
        <source>Name the team with --team (known teams: %1)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Anna tiimi valitsimella --team (tunnetut tiimit: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="92"/>
        <location filename="../../ui/cli/export.py" line="77"/>
        <source>Runde&apos;s data cannot be opened: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runden tietoja ei voi avata: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="89"/>
        <source>Nothing to export: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ei mitään vietävää: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="63"/>
        <source>Note: these characters cannot be printed and will be missing: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Huom: näitä merkkejä ei voi tulostaa, joten ne puuttuvat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="67"/>
        <source>Note: right-to-left text (%1) is printed in the PDF in left-to-right order, its letters not joined.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Huom: oikealta vasemmalle kirjoitettu teksti (%1) tulostuu PDF:ään vasemmalta oikealle, eikä kirjaimia liitetä yhteen.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="92"/>
        <location filename="../../ui/cli/export.py" line="102"/>
        <source>The sheet was not written: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;kooste&apos; for sheet</translatorcomment>
        <translation>Koostetta ei kirjoitettu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="109"/>
        <source>Wrote %1, but it could not be noted in %2 as the team&apos;s last sheet: the next staff sheet starts where this one did. Run the command again to note it.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1 kirjoitettiin, mutta sitä ei voitu merkitä kohteeseen %2 tiimin viimeisimmäksi koosteeksi: seuraava henkilöstöpalaverin kooste alkaa siitä, mistä tämä alkoi. Suorita komento uudelleen merkitäksesi sen.</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="104"/>
        <source>Page Down, →</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Page Down, →</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="104"/>
        <source>Next speaker in the round, otherwise next step</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Seuraava puhuja kierroksella, muuten seuraava vaihe</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="105"/>
        <source>Page Down twice</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Page Down kahdesti</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="105"/>
        <source>At the last step: end the meeting (Page Up: go on)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Viimeisessä vaiheessa: lopeta kokous (Page Up: jatka)</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="106"/>
        <source>Page Up, ←</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Page Up, ←</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="106"/>
        <source>Back to the previous speaker or step</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Takaisin edelliseen puhujaan tai vaiheeseen</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="107"/>
        <source>Space</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Välilyönti</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="107"/>
        <source>Start, pause, resume</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Aloita, pidä tauko, jatka</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="108"/>
        <source>+  /  −</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>+  /  −</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="108"/>
        <source>One minute more / less</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Minuutti lisää / vähemmän</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="109"/>
        <source>P</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="109"/>
        <source>The speaker passes</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: passata, from &apos;passaan&apos; (pass)</translatorcomment>
        <translation>Puhuja passaa</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="110"/>
        <source>B  or  .</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>B  tai  .</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="110"/>
        <source>Black screen, and back</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Musta näyttö ja takaisin</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="111"/>
        <source>F5  /  Esc</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>F5  /  Esc</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="111"/>
        <source>Full screen / leave full screen</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Koko näyttö / poistu koko näytöstä</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="112"/>
        <source>F2</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="112"/>
        <source>Show the operator&apos;s console</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Näytä ohjauspaneeli</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="113"/>
        <source>1  /  2  /  3</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>1  /  2  /  3</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="113"/>
        <source>A ready-made message to the room</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Valmis viesti osallistujille</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="114"/>
        <source>0</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>0</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="114"/>
        <source>Take the message off the room&apos;s view</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Poista viesti huonenäkymästä</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="115"/>
        <source>F1  or  ?</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>F1  tai  ?</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="115"/>
        <source>This help</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tämä ohje</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="50"/>
        <source>Learning meeting</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: oppimistapaaminen (learning meeting)</translatorcomment>
        <translation>Oppimistapaaminen</translation>
    </message>
    <message>
        <location filename="../../ui/app_windows.py" line="140"/>
        <location filename="../../ui/sheet_labels.py" line="50"/>
        <source>Learning visit</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: oppimiskäynti (learning visit)</translatorcomment>
        <translation>Oppimiskäynti</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="51"/>
        <location filename="../../ui/sheet_labels.py" line="89"/>
        <source>For the staff meeting</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Henkilöstökokoukseen</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="51"/>
        <source>%(start)s – %(end)s</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%(start)s – %(end)s</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="52"/>
        <source>Team</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tiimi</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="52"/>
        <source>Learning points</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: opit/oppi (learning points)</translatorcomment>
        <translation>Opit</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="53"/>
        <source>No learning points were written down.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: opit/oppi (learning points)</translatorcomment>
        <translation>Oppeja ei kirjattu.</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="54"/>
        <source>Organisational measures</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Organisatoriset toimenpiteet</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="54"/>
        <source>Open measures carried forward</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Edelleen avoimet toimenpiteet</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="55"/>
        <source>%(days)d days</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%(days)d pv</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="55"/>
        <source>Case</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tapaus</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="55"/>
        <source>Presented by</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: tapauksen esittäjä (case presenter)</translatorcomment>
        <translation>Esittäjä</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="56"/>
        <source>Learning agent and colleague</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: oppimisagentti (learning agent)</translatorcomment>
        <translation>Oppimisagentti ja kollega</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="57"/>
        <source>What the questions taught the presenter</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: tapauksen esittäjä (case presenter)</translatorcomment>
        <translation>Mitä kysymykset opettivat tapauksen esittäjälle</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="58"/>
        <source>The round</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kierros</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="58"/>
        <source>What was tried since last time</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Mitä on kokeiltu viime kerran jälkeen</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="59"/>
        <source>passed</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: passata, from &apos;passaan&apos; (pass)</translatorcomment>
        <translation>passasi</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="59"/>
        <source>Observations released by the learning agent</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: oppimisagentti (learning agent)</translatorcomment>
        <translation>Oppimisagentin jakamat havainnot</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="60"/>
        <source>No meetings or learning visits in this period.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: oppimiskäynti (learning visit)</translatorcomment>
        <translation>Tällä jaksolla ei ole tapaamisia eikä oppimiskäyntejä.</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="61"/>
        <source>Planned and actual times</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Suunnitellut ja toteutuneet ajat</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="61"/>
        <source>Step</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Vaihe</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="61"/>
        <source>Planned</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="62"/>
        <source>Actual</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Toteutunut</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="62"/>
        <source>Type</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="62"/>
        <source>Owner</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="62"/>
        <source>Due</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="63"/>
        <source>Status</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="63"/>
        <source>Text</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Teksti</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="63"/>
        <source>Page %(page)d of %(pages)d</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Sivu %(page)d/%(pages)d</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="64"/>
        <source>Made with Runde on %(date)s</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Luotu Runde-sovelluksella %(date)s</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="65"/>
        <source>Date</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="65"/>
        <source>Time</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kellonaika</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="65"/>
        <source>Facilitator</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Fasilitaattori</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="66"/>
        <source>Present</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Paikalla</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="66"/>
        <source>Came later</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tuli myöhemmin</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="66"/>
        <source>Absent</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Poissa</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="67"/>
        <source>Learning questions asked</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Esitetyt oppimiskysymykset</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="68"/>
        <source>own question</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>oma kysymys</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="69"/>
        <source>absent</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>poissa</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="69"/>
        <source>did not get the word</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>ei ehtinyt vuoroon</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="70"/>
        <source>spoke (no line written)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>puhui (mitään ei kirjattu)</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="70"/>
        <source>kept confidential</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>pidettiin luottamuksellisena</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="71"/>
        <source>How the time went</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Miten aika kului</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="72"/>
        <source>Pauses</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tauot</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="72"/>
        <source>Minutes added or removed</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Lisätyt tai poistetut minuutit</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="73"/>
        <source>New plan applied</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Uusi suunnitelma otettiin käyttöön</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="74"/>
        <source>%(step)s: each turn %(old)s → %(new)s</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%(step)s: jokainen vuoro %(old)s → %(new)s</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="75"/>
        <source>%(step)s: %(old)s → %(new)s</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%(step)s: %(old)s → %(new)s</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="75"/>
        <source>%(n)s min</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%(n)s min</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="76"/>
        <source>Learning agent</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Oppimisagentti</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="76"/>
        <source>Colleague being followed</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Seurattava kollega</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="77"/>
        <source>Day and hours</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Päivä ja kellonajat</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="77"/>
        <source>whole day</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>koko päivä</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="77"/>
        <source>half day</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>puoli päivää</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="78"/>
        <source>What the agent wants from the day</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Mitä oppimisagentti haluaa saada päivästä</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="79"/>
        <source>What the colleague suggests to focus on</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Mihin kollega ehdottaa keskittymään</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="80"/>
        <source>Ground rules agreed</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Sovitut pelisäännöt</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="80"/>
        <source>Confidentiality</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Luottamuksellisuus</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="81"/>
        <source>How the agent takes part</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Miten oppimisagentti osallistuu</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="81"/>
        <source>Agreed</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Sovittu</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="82"/>
        <source>We both agree to the visit</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Hyväksymme molemmat käynnin</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="82"/>
        <source>The manager is informed</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Esihenkilölle on kerrottu</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="83"/>
        <source>The learning agent&apos;s reflection</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Oppimisagentin pohdinta</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="84"/>
        <source>What did you see and hear?</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Mitä näit ja kuulit?</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="84"/>
        <source>What worked well?</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Mikä toimi hyvin?</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="85"/>
        <source>What could perhaps be done differently?</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Mitä olisi ehkä voinut tehdä toisin?</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="86"/>
        <source>The colleague&apos;s reflection</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kollegan pohdinta</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="87"/>
        <source>What was it like to have a learning agent along?</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Millaista oli, kun oppimisagentti oli mukana?</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="88"/>
        <source>What thoughts has the day given you?</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Millaisia ajatuksia päivä herätti sinussa?</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="89"/>
        <source>the next staff meeting</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>seuraava henkilöstökokous</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="90"/>
        <source>In brief</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Lyhyesti</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="90"/>
        <source>Held in the period</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Pidetty jakson aikana</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="90"/>
        <source>Meetings</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tapaamiset</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="91"/>
        <source>Learning visits</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Oppimiskäynnit</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="91"/>
        <source>Measures opened</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Uudet toimenpiteet</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="92"/>
        <source>Measures done</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tehdyt toimenpiteet</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="92"/>
        <source>Measures still open</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Yhä avoimet toimenpiteet</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="93"/>
        <source>Took part</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Osallistui</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="93"/>
        <source>What</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Mitä</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="94"/>
        <source>Planned and actual minutes per meeting</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Suunnitellut ja toteutuneet minuutit tapaamisittain</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="94"/>
        <source>minutes</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>minuuttia</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="95"/>
        <source>As a fly on the wall</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kärpäsenä katossa</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="95"/>
        <source>As a kind of intern</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Eräänlaisena harjoittelijana</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="96"/>
        <source>Procedure</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Menettelytapa</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="96"/>
        <source>Standard</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Standardi</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="96"/>
        <source>Other</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Muu</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="97"/>
        <source>Open</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Avoin</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="97"/>
        <source>Done</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tehty</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="97"/>
        <source>Dropped</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Luovuttu</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="42"/>
        <source>“%1” is not a time zone Runde knows: choose one from the list.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>”%1” ei ole Runden tuntema aikavyöhyke: valitse aikavyöhyke luettelosta.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="43"/>
        <source>The date %1 is too far in the past or the future.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Päivämäärä %1 on liian kaukana menneisyydessä tai tulevaisuudessa.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="44"/>
        <source>The series ends (%2) before it starts (%1).</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Sarja päättyy (%2) ennen kuin se alkaa (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="45"/>
        <source>A series can last at most %1 years.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Sarja voi kestää enintään %1 vuotta.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="46"/>
        <source>Choose a number from 1 to %1.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Valitse luku väliltä 1–%1.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="47"/>
        <source>Choose a weekday.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Valitse viikonpäivä.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="48"/>
        <source>Choose the 1st to the 5th, or the last weekday of the month.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Valitse kuukauden 1.–5. tai viimeinen viikonpäivä.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="49"/>
        <source>The meeting on %1 is outside the series&apos; start and end.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tapaaminen %1 on sarjan alun ja lopun ulkopuolella.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="50"/>
        <source>These settings never give a meeting date: check the weekday, the start and the end.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Näillä asetuksilla ei tule yhtään tapaamispäivää: tarkista viikonpäivä, alku ja loppu.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="52"/>
        <source>A meeting lasts from 1 to %1 minutes.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tapaaminen kestää 1–%1 minuuttia.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="53"/>
        <source>Someone on the list of people has no name.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Jollakulla henkilöluettelossa ei ole nimeä.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="54"/>
        <source>%1 is on the list of people twice.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1 on henkilöluettelossa kahdesti.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="55"/>
        <source>%1 left before joining.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1 lähti ennen liittymistään.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="56"/>
        <source>The meeting of %1 is changed twice.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tapaamista %1 on muutettu kahdesti.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="57"/>
        <source>There is no meeting on %1 to move or cancel.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Päivänä %1 ei ole tapaamista, jonka voisi siirtää tai perua.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="58"/>
        <source>The meeting of %1 cannot move to %2: that is outside the series&apos; start and end.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tapaamista %1 ei voi siirtää päivään %2: se on sarjan alun ja lopun ulkopuolella.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="60"/>
        <source>The meeting of %1 cannot move to %2: the meeting of %3 is held that day. Move or cancel that one first.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tapaamista %1 ei voi siirtää päivään %2: sinä päivänä pidetään tapaaminen %3. Siirrä tai peru se ensin.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="62"/>
        <source>Choose another date or time for the meeting of %1.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Valitse tapaamiselle %1 toinen päivä tai aika.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="63"/>
        <source>Only a mini-circle is extended or dissolved.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: minipiiri (mini-circle); also unsure: &apos;lakkauttaa&apos; for dissolving a mini-circle</translatorcomment>
        <translation>Vain minipiirin voi jatkaa tai lakkauttaa.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="64"/>
        <source>That series cannot be the parent circle.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;yläpiiri&apos; for parent circle</translatorcomment>
        <translation>Sarja ei voi olla yläpiiri.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="65"/>
        <source>The stored series is damaged (%1): %2</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tallennettu sarja on vioittunut (%1): %2</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="78"/>
        <source>The team&apos;s own meetings</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tiimin omat tapaamiset</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="78"/>
        <source>Learning circle</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: oppimispiiri (learning circle; opintopiiri is the alternative)</translatorcomment>
        <translation>Oppimispiiri</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="79"/>
        <source>Mini-circle (a month, then extend or dissolve)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: minipiiri (mini-circle); also unsure: &apos;lakkauttaa&apos; for dissolving a mini-circle</translatorcomment>
        <translation>Minipiiri (kuukausi, sitten jatketaan tai lakkautetaan)</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="80"/>
        <source>Challenge circle</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: haastepiiri (challenge circle)</translatorcomment>
        <translation>Haastepiiri</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="85"/>
        <source>first</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>ensimmäinen</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="85"/>
        <source>second</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>toinen</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="85"/>
        <source>third</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>kolmas</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="85"/>
        <source>fourth</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>neljäs</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="85"/>
        <source>fifth</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>viides</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="86"/>
        <source>last</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>viimeinen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/series_texts.py" line="93"/>
        <source>every %n week(s) on %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>joka viikko, %1</numerusform>
            <numerusform>%n viikon välein, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/series_texts.py" line="96"/>
        <source>the %1 %2 of every %n month(s)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>kuukauden %1 %2, joka kuukausi</numerusform>
            <numerusform>kuukauden %1 %2, %n kuukauden välein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/series_texts.py" line="98"/>
        <source>%n date(s) chosen by hand</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>%n käsin valittu päivä</numerusform>
            <numerusform>%n käsin valittua päivää</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="103"/>
        <source>%1, %2–%3</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="106"/>
        <source>%1 · cancelled</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1 · peruttu</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="108"/>
        <source>%1 · moved from %2</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1 · siirretty päivästä %2</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="110"/>
        <source>%1 · another time</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1 · eri aikaan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/series_texts.py" line="112"/>
        <source>%1 · %n taking part</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>%1 · %n osallistuja</numerusform>
            <numerusform>%1 · %n osallistujaa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/series_banner.py" line="53"/>
        <source>Extend or dissolve the mini-circle?</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: minipiiri (mini-circle); also unsure: &apos;lakkauttaa&apos; for dissolving a mini-circle</translatorcomment>
        <translation>Jatketaanko minipiiriä vai lakkautetaanko se?</translation>
    </message>
    <message>
        <location filename="../../ui/series_banner.py" line="54"/>
        <source>&amp;Extend by a month</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>&amp;Jatka kuukaudella</translation>
    </message>
    <message>
        <location filename="../../ui/series_banner.py" line="55"/>
        <source>&amp;Dissolve it</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;lakkauttaa&apos; for dissolving a mini-circle</translatorcomment>
        <translation>&amp;Lakkauta</translation>
    </message>
    <message>
        <location filename="../../ui/series_banner.py" line="56"/>
        <source>Not now</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ei nyt</translation>
    </message>
    <message>
        <location filename="../../ui/series_banner.py" line="57"/>
        <source>ℹ The mini-circle “%1” has met for a month now (since %2). Would you like to extend it by a month, or dissolve it? Either is fine.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: minipiiri (mini-circle); also unsure: &apos;lakkauttaa&apos; for dissolving a mini-circle</translatorcomment>
        <translation>ℹ Minipiiri ”%1” on nyt kokoontunut kuukauden (%2 alkaen). Haluatteko jatkaa sitä kuukaudella vai lakkauttaa sen? Kumpi tahansa käy.</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="289"/>
        <source>Runde – meeting series</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde – tapaamissarjat</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="290"/>
        <source>Meeting series of %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tiimin %1 tapaamissarjat</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="291"/>
        <source>Ser&amp;ies</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Sa&amp;rjat</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="292"/>
        <source>The team&apos;s meeting series</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tiimin tapaamissarjat</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="293"/>
        <source>Ne&amp;w series</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>&amp;Uusi sarja</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="294"/>
        <source>Delete the series…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Poista sarja…</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="295"/>
        <source>Save as &amp;calendar file…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tallenna &amp;kalenteritiedostoksi…</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="296"/>
        <source>An .ics file that Outlook and phone calendars import</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ics-tiedosto, jonka Outlook ja puhelinten kalenterit voivat tuoda</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="297"/>
        <source>Close</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="298"/>
        <source>&amp;Rhythm</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>R&amp;ytmi</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="299"/>
        <source>&amp;People</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>&amp;Henkilöt</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="300"/>
        <source>Next &amp;meetings</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Seuraavat &amp;tapaamiset</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="301"/>
        <source>ℹ This team has no meeting series yet. “New series” sets one up for the format chosen on the start screen.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>ℹ Tällä tiimillä ei ole vielä tapaamissarjaa. ”Uusi sarja” luo sarjan aloitusnäytöllä valitulle mallille.</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="304"/>
        <source>&amp;Format</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>&amp;Malli</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="304"/>
        <source>&amp;Kind</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>&amp;Laji</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="304"/>
        <source>&amp;Name (optional)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>&amp;Nimi (valinnainen)</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="304"/>
        <source>&amp;How often</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kuinka u&amp;sein</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="304"/>
        <source>&amp;Starts</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>&amp;Alkaa</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="305"/>
        <source>&amp;Ends</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>&amp;Päättyy</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="305"/>
        <source>&amp;Time</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kell&amp;onaika</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="305"/>
        <source>&amp;Length</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>K&amp;esto</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="305"/>
        <source>Time &amp;zone</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Aika&amp;vyöhyke</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="312"/>
        <source>P&amp;arent circle</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Yläp&amp;iiri</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="313"/>
        <source>A mini-circle&apos;s topic suggestions go to this learning circle</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: oppimispiiri (learning circle; opintopiiri is the alternative), minipiiri (mini-circle)</translatorcomment>
        <translation>Minipiirin aihe-ehdotukset menevät tähän oppimispiiriin</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="316"/>
        <source>Every few weeks on a weekday</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Muutaman viikon välein tiettynä viikonpäivänä</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="317"/>
        <source>A weekday of the month (e.g. the 2nd Tuesday)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kuukauden tietty viikonpäivä (esim. toinen tiistai)</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="318"/>
        <source>Dates chosen by hand</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Käsin valitut päivät</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="330"/>
        <source>every</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>toistuu</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="331"/>
        <source>week(s), on</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>viikon välein, päivänä</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="332"/>
        <source>the</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>kuukauden</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="333"/>
        <source>of every</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>toistuen</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="334"/>
        <source>month(s)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>kuukauden välein</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="335"/>
        <source>Every how many weeks</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kuinka monen viikon välein</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="336"/>
        <source>Every how many months</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kuinka monen kuukauden välein</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="337"/>
        <location filename="../../ui/series_layout.py" line="338"/>
        <source>Weekday</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Viikonpäivä</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="339"/>
        <source>Which one in the month</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Monesko kuukaudessa</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="340"/>
        <source>The dates chosen by hand</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Käsin valitut päivät</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="341"/>
        <source>A date to add</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Lisättävä päivä</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="342"/>
        <source>Add the date</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Lisää päivä</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="343"/>
        <source>Remove the date</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Poista päivä</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="344"/>
        <source>on</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>päivänä</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="345"/>
        <source>The series has an end date</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Sarjalla on päättymispäivä</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="346"/>
        <source>End date</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Päättymispäivä</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="347"/>
        <source>min</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="350"/>
        <source>Who belongs to the series, and since when. Someone who joins takes part from the first meeting after the day they joined. An empty list means the whole team.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ketkä kuuluvat sarjaan ja mistä lähtien. Liittyvä henkilö osallistuu ensimmäisestä liittymispäivän jälkeisestä tapaamisesta alkaen. Tyhjä luettelo tarkoittaa koko tiimiä.</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="353"/>
        <source>Name</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="353"/>
        <location filename="../../ui/series_layout.py" line="374"/>
        <location filename="../../ui/series_view.py" line="135"/>
        <source>Joined on</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Liittyi</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="355"/>
        <source>People in the series and the day each joined</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Sarjan henkilöt ja kunkin liittymispäivä</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="356"/>
        <source>&amp;Add a person</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Lis&amp;ää henkilö</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="357"/>
        <source>Remove the person</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Poista henkilö</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="358"/>
        <source>Take the &amp;team&apos;s people</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ota tiimin henkil&amp;öt</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="359"/>
        <source>The next meetings of the series</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Sarjan seuraavat tapaamiset</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="360"/>
        <source>Move the chosen meeting to</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Siirrä valittu tapaaminen päivään</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="361"/>
        <source>at</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>klo</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="362"/>
        <source>New date</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Uusi päivä</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="363"/>
        <source>New time</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Uusi aika</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="364"/>
        <source>M&amp;ove</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>S&amp;iirrä</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="365"/>
        <source>Cancel this meeting</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Peru tämä tapaaminen</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="366"/>
        <source>Undo the move or cancellation</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kumoa siirto tai peruminen</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="55"/>
        <source>(none)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>(ei mitään)</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="183"/>
        <location filename="../../ui/series_panel.py" line="189"/>
        <source>Not saved until this is fixed.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ei tallenneta ennen kuin tämä on korjattu.</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="192"/>
        <location filename="../../ui/series_panel.py" line="282"/>
        <location filename="../../ui/series_panel.py" line="304"/>
        <location filename="../../ui/series_panel.py" line="374"/>
        <source>Not saved: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ei tallennettu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="199"/>
        <source>Saved.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="166"/>
        <source>Meets %1, %2–%3.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kokoontuu %1, %2–%3.</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="170"/>
        <source>Dissolved on %1.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;lakkauttaa&apos; for dissolving a mini-circle</translatorcomment>
        <translation>Lakkautettu %1.</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="176"/>
        <source>ℹ This format is meant for at least %1 people.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>ℹ Tämä malli on tarkoitettu vähintään %1 hengelle.</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="178"/>
        <source>ℹ This format is meant for at most %1 people.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>ℹ Tämä malli on tarkoitettu enintään %1 hengelle.</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="189"/>
        <source>No more meetings are planned.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Uusia tapaamisia ei ole suunniteltu.</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="288"/>
        <source>A new series starting today. Change anything: it is saved at once.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Uusi sarja, joka alkaa tänään. Muuta mitä tahansa: muutokset tallentuvat heti.</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="296"/>
        <source>Delete the series?</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Poistetaanko sarja?</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="297"/>
        <source>Delete the series “%1”? Its past meetings stay in the history.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Poistetaanko sarja ”%1”? Sen aiemmat tapaamiset säilyvät historiassa.</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="308"/>
        <source>The series was deleted.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Sarja poistettiin.</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="343"/>
        <source>Nothing was changed.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="377"/>
        <source>Extended by a month.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Jatkettu kuukaudella.</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="378"/>
        <source>The mini-circle is dissolved; its meetings stay in the history.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: minipiiri (mini-circle); also unsure: &apos;lakkauttaa&apos; for dissolving a mini-circle</translatorcomment>
        <translation>Minipiiri on lakkautettu; sen tapaamiset säilyvät historiassa.</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="386"/>
        <source>Nothing to save</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ei tallennettavaa</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="386"/>
        <source>This team has no meeting series yet.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tällä tiimillä ei ole vielä tapaamissarjaa.</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="389"/>
        <source>Save the calendar file</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tallenna kalenteritiedosto</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="390"/>
        <source>Calendar files (*.ics)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kalenteritiedostot (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="401"/>
        <source>The calendar was not saved</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kalenteria ei tallennettu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/series_panel.py" line="403"/>
        <source>Saved %n meeting(s) in %1.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>Tallennettiin %n tapaaminen tiedostoon %1.</numerusform>
            <numerusform>Tallennettiin %n tapaamista tiedostoon %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/series_hook.py" line="93"/>
        <source>ℹ No more meetings are planned in this team&apos;s series.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>ℹ Tiimin sarjaan ei ole suunniteltu uusia tapaamisia.</translation>
    </message>
    <message>
        <location filename="../../ui/series_hook.py" line="109"/>
        <source>Today %1–%2: %3. Its format and the people who take part are chosen.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>Tänään %1–%2: %3. Malli ja osallistujat on jo valittu.</translation>
    </message>
    <message>
        <location filename="../../ui/series_hook.py" line="118"/>
        <source>Next meeting: %1, %2–%3 (%4).</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Seuraava tapaaminen: %1, %2–%3 (%4).</translation>
    </message>
    <message>
        <location filename="../../ui/series_hook.py" line="122"/>
        <source>Then: %1.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Sitten: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/series_hook.py" line="164"/>
        <source>Not saved</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ei tallennettu</translation>
    </message>
    <message>
        <location filename="../../ui/series_hook.py" line="191"/>
        <location filename="../../ui/series_hook.py" line="201"/>
        <source>Meeting series</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tapaamissarjat</translation>
    </message>
    <message>
        <location filename="../../ui/series_hook.py" line="192"/>
        <source>Type or choose the team&apos;s name first: a series belongs to a team.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kirjoita tai valitse ensin tiimin nimi: sarja kuuluu aina tiimille.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="19"/>
        <source>permission denied: the folder is read-only, or the file is open in another program</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>pääsy estetty: kansio on kirjoitussuojattu, tai tiedosto on auki toisessa ohjelmassa</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="20"/>
        <source>the file is in use by another program</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>tiedosto on toisen ohjelman käytössä</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="22"/>
        <source>the disk is full</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>levy on täynnä</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="23"/>
        <source>the disk quota is used up</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>levykiintiö on käytetty loppuun</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="24"/>
        <source>the disk is read-only</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>levy on kirjoitussuojattu</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="27"/>
        <source>that is a folder, not a file name</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>se on kansio, ei tiedostonimi</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="28"/>
        <source>the folder does not exist</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>kansiota ei ole</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="29"/>
        <source>part of the path is a file, not a folder</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>osa polusta on tiedosto, ei kansio</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="30"/>
        <source>the file name is too long</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>tiedostonimi on liian pitkä</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="31"/>
        <source>the file name is not allowed there</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>tiedostonimi ei ole sallittu siellä</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="32"/>
        <source>that is not an ordinary file (it is a device, a pipe or a socket)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>se ei ole tavallinen tiedosto (se on laite, putki tai pistoke)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="33"/>
        <source>the link points at itself (a loop of links)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>linkki osoittaa itseensä (linkkien silmukka)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="34"/>
        <source>the disk is gone (unplugged?)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>levy on poissa (irrotettu?)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="35"/>
        <source>the disk could not be written (unplugged, or failing?)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>levylle ei voitu kirjoittaa (irrotettu tai vioittumassa?)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="45"/>
        <source>is not UTF-8 text</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>ei ole UTF-8-tekstiä</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="46"/>
        <source>is nested too deeply (more than %1 levels of { } and [ ])</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>on sisäkkäin liian syvälle (yli %1 tasoa { } ja [ ])</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="48"/>
        <source>has a key written twice in one object { … }</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>sisältää saman avaimen kahdesti yhdessä objektissa { … }</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="49"/>
        <source>holds NaN or Infinity, which are not numbers</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>sisältää arvon NaN tai Infinity, jotka eivät ole lukuja</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="50"/>
        <source>holds a control character or a lone surrogate, which no text may hold</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>sisältää ohjausmerkin tai yksinäisen korvausmerkin, joita mikään teksti ei saa sisältää</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="63"/>
        <source>is not a Runde team file (or is from a newer Runde)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>ei ole Runden tiimitiedosto (tai on uudemmasta Rundesta)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="64"/>
        <source>is missing</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>puuttuu</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="64"/>
        <source>must be a text</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>pitää olla tekstiä</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="65"/>
        <source>must be a whole number</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>pitää olla kokonaisluku</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="65"/>
        <source>must be a number</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>pitää olla luku</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="66"/>
        <source>must be true or false</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>pitää olla true tai false</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="66"/>
        <source>must be a list [ … ]</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>pitää olla luettelo [ … ]</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="67"/>
        <source>must be a group of fields in braces { … }</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>pitää olla aaltosulkeissa oleva kenttäryhmä { … }</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="68"/>
        <source>must be a date and time (ISO 8601, e.g. 2026-03-10T14:00:00+01:00)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>pitää olla päivämäärä ja kellonaika (ISO 8601, esim. 2026-03-10T14:00:00+01:00)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="69"/>
        <source>must be a date (ISO 8601, e.g. 2026-03-10)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>pitää olla päivämäärä (ISO 8601, esim. 2026-03-10)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="70"/>
        <source>must be a time of day (e.g. 14:00)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>pitää olla kellonaika (esim. 14:00)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="71"/>
        <source>must be at most %1 letters, digits, “-” or “_”</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>saa olla enintään %1 kirjainta, numeroa, “-” tai “_”</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="72"/>
        <source>is an id used twice</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>on kahdesti käytetty tunniste</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="73"/>
        <source>names a meeting series that is not in the file</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>viittaa tapaamissarjaan, jota ei ole tiedostossa</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="74"/>
        <source>is not a usable meeting series</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>ei ole käyttökelpoinen tapaamissarja</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="75"/>
        <source>conflicts with data already here</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>on ristiriidassa täällä jo olevien tietojen kanssa</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="77"/>
        <source>is longer than %1 characters</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>on pidempi kuin %1 merkkiä</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="78"/>
        <source>has more than %1 entries</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>sisältää yli %1 kohtaa</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="79"/>
        <source>holds more than %1 characters of text in all</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>sisältää yhteensä yli %1 merkkiä tekstiä</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="80"/>
        <source>is more than %1 turns in one step</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>on enemmän kuin %1 vuoroa yhdessä vaiheessa</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="81"/>
        <source>must be between 0 and %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>pitää olla väliltä 0–%1</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="82"/>
        <source>is not a usable format (%1)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>ei ole käyttökelpoinen muoto (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="95"/>
        <source>%1: %2</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="103"/>
        <source>Runde&apos;s data is closed; nothing more is saved until Runde starts again.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runden tiedot on suljettu; mitään ei tallenneta ennen kuin Runde käynnistetään uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="104"/>
        <source>The disk is full: nothing more can be saved until there is space again.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Levy on täynnä: mitään ei voi tallentaa ennen kuin tilaa on taas.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="105"/>
        <source>The data folder is read-only: Runde cannot save there.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tietokansio on kirjoitussuojattu: Runde ei voi tallentaa sinne.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="106"/>
        <source>Runde&apos;s database file %1 is read-only: history and sheets can be read, but nothing can be saved. Make the file writable (its properties or permissions, or ask the IT department) and start Runde again.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runden tietokantatiedosto %1 on kirjoitussuojattu: historiaa ja koosteita voi lukea, mutta mitään ei voi tallentaa. Tee tiedostosta kirjoitettava (sen ominaisuuksista tai käyttöoikeuksista, tai kysy IT-osastolta) ja käynnistä Runde uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="110"/>
        <source>Runde&apos;s data folder %1 is read-only: history and sheets can be read and sheets saved elsewhere, but nothing can be saved there, so no meeting or learning visit can start. Ask the IT department to make the folder writable, make it writable yourself (its properties or permissions), or start Runde with --data-dir and a folder you can write.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runden datakansio %1 on kirjoitussuojattu: historiaa ja koosteita voi lukea ja koosteita tallentaa muualle, mutta kansioon ei voi tallentaa mitään, joten tapaamista tai oppimiskäyntiä ei voi aloittaa. Pyydä IT-osastoa tekemään kansiosta kirjoitettava, tee siitä itse kirjoitettava (sen ominaisuuksista tai käyttöoikeuksista) tai käynnistä Runde valinnalla --data-dir ja kansiolla, johon voit kirjoittaa.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="114"/>
        <source>The database is busy (another program holds it); Runde will try again.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tietokanta on varattu (toinen ohjelma käyttää sitä); Runde yrittää uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="115"/>
        <source>The database could not be written: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tietokantaan ei voitu kirjoittaa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="116"/>
        <source>%1 is not a good backup in %2; nothing was changed.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1 ei ole kelvollinen varmuuskopio kansiossa %2; mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="117"/>
        <source>The backup %1 is damaged; nothing was changed.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Varmuuskopio %1 on vioittunut; mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="118"/>
        <source>Runde could not open its data in %1 (%2). Nothing was moved or changed.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde ei voinut avata tietojaan kansiossa %1 (%2). Mitään ei siirretty eikä muutettu.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="130"/>
        <source>The database server %1 cannot be reached; edits are kept on this computer and written when it is back.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tietokantapalvelimeen %1 ei saada yhteyttä; muutokset säilytetään tällä tietokoneella ja kirjoitetaan palvelimelle, kun yhteys palaa.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="134"/>
        <source>Runde could not set up a secure connection to the database server %1: the server&apos;s certificate or the connection&apos;s TLS settings do not fit. Nothing was changed. Ask the IT department to check them.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde ei voinut muodostaa suojattua yhteyttä tietokantapalvelimeen %1: palvelimen varmenne tai yhteyden TLS-asetukset eivät täsmää. Mitään ei muutettu. Pyydä IT-osastoa tarkistamaan ne.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="137"/>
        <source>A database server keeps its own backups; Runde restores only its own local data.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tietokantapalvelimella on omat varmuuskopionsa; Runde palauttaa vain omat paikalliset tietonsa.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="139"/>
        <source>The database server could not be opened: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tietokantapalvelinta ei voitu avata: %1</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="140"/>
        <source>A database server is set up, but the server part of Runde is not installed on this computer. Install Runde with its server part (runde[server]), or empty the server in Settings to use this computer&apos;s own file.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tietokantapalvelin on valittu, mutta Runden palvelinosaa ei ole asennettu tähän tietokoneeseen. Asenna Runde palvelinosineen (runde[server]) tai tyhjennä tietokantapalvelimen kenttä asetuksista, niin Runde käyttää tietokoneen omaa tiedostoa.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="144"/>
        <source>Another computer keeps changing the same items; Runde will try again.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Toinen tietokone muuttaa jatkuvasti samoja kohtia; Runde yrittää uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="145"/>
        <source>This learning visit is no longer in the database (it was removed, perhaps on another computer). What was typed is kept in a file on this computer.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tätä oppimiskäyntiä ei ole enää tietokannassa (se on poistettu, ehkä toisella tietokoneella). Kirjoitettu teksti säilytetään tiedostossa tällä tietokoneella.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="147"/>
        <source>The id “%1” is already used by a format of the team “%2”.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tunnus ”%1” on jo tiimin ”%2” muodon käytössä.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="180"/>
        <source>this is not a database server address (it looks like postgresql://user@server/runde)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>tämä ei ole tietokantapalvelimen osoite (se on muotoa postgresql://käyttäjä@palvelin/runde)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="182"/>
        <source>Runde works with PostgreSQL servers only, not “%1”</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde toimii vain PostgreSQL-palvelinten kanssa, ei ”%1”</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="183"/>
        <source>the address names no database (…/runde at its end)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>osoitteessa ei ole tietokantaa (…/runde loppuun)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="184"/>
        <source>the file %1 cannot be read</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>tiedostoa %1 ei voi lukea</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="185"/>
        <source>the file %1 holds no address as text</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>tiedostossa %1 ei ole osoitetta tekstinä</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="195"/>
        <source>The database server %1 cannot be reached. Nothing was changed; try again when the server is reachable.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tietokantapalvelimeen %1 ei saada yhteyttä. Mitään ei muutettu; yritä uudelleen, kun palvelin on tavoitettavissa.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="198"/>
        <source>The database is busy (another program holds it). Nothing was changed; try again in a moment.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tietokanta on varattu (toinen ohjelma pitää sitä). Mitään ei muutettu; yritä hetken päästä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="201"/>
        <source>Another computer kept changing the same items. Nothing was changed; try again in a moment.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Toinen tietokone muutti samoja kohtia jatkuvasti. Mitään ei muutettu; yritä hetken päästä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="212"/>
        <source>For the IT department: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>IT-osastolle: %1</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="213"/>
        <source>No secure connection to the database server</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ei suojattua yhteyttä tietokantapalvelimeen</translation>
    </message>
    <message>
        <location filename="../../ui/cli/team.py" line="35"/>
        <source>Brought in &apos;%1&apos;.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tuotu: &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/team.py" line="38"/>
        <source>Nothing was brought in: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Mitään ei tuotu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="124"/>
        <source>Something went wrong</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Jokin meni vikaan</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="131"/>
        <source>Something unexpected went wrong inside Runde. What was typed is saved every second, and the meeting goes on: you can keep working. If something does not work as it should, close Runde and start it again.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runden sisällä meni jokin odottamatta vikaan. Kirjoitettu teksti tallennetaan joka sekunti, ja tapaaminen jatkuu: voit jatkaa työskentelyä. Jos jokin ei toimi niin kuin pitäisi, sulje Runde ja käynnistä se uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="134"/>
        <source>A note of what went wrong (without names or notes) is in %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Muistiinpano siitä, mikä meni vikaan (ilman nimiä tai muistiinpanoja), on kohteessa %1</translation>
    </message>
    <message>
        <location filename="../../ui/second_start.py" line="103"/>
        <source>Runde was started again: nothing new was started while this meeting is open.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde käynnistettiin uudelleen: mitään uutta ei aloitettu, koska tämä tapaaminen on auki.</translation>
    </message>
    <message>
        <location filename="../../ui/second_start.py" line="105"/>
        <source>Runde was started again: nothing new was started while this learning visit is open.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde käynnistettiin uudelleen: mitään uutta ei aloitettu, koska tämä oppimiskäynti on auki.</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="120"/>
        <source>Runde is already open; the learning visit was opened there.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde on jo auki; oppimiskäynti avattiin siellä.</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="121"/>
        <source>Runde is already open; the meeting was opened there, ready to start.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde on jo auki; tapaaminen avattiin siellä valmiina aloitettavaksi.</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="125"/>
        <source>Runde is already open; brought it to the front.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde on jo auki, ja se tuotiin eteen.</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="126"/>
        <source>A meeting is open in Runde; the new one was not started. Runde was brought to the front.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde-sovelluksessa on tapaaminen auki; uutta ei aloitettu. Runde tuotiin eteen.</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="128"/>
        <source>A learning visit is open in Runde; nothing new was started. Runde was brought to the front.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde-sovelluksessa on oppimiskäynti auki; mitään uutta ei aloitettu. Runde tuotiin eteen.</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="130"/>
        <source>Runde is open and waits for an answer in one of its windows; nothing new was started. Runde was brought to the front.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde on auki ja odottaa vastausta yhdessä ikkunoistaan; mitään uutta ei aloitettu. Runde tuotiin eteen.</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="132"/>
        <source>Runde is still starting; nothing new was started. Try again in a moment.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde käynnistyy vielä; mitään uutta ei aloitettu. Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="133"/>
        <source>Runde is open, but its data is read-only: nothing new can be started. Runde was brought to the front.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde on auki, mutta sen tiedot ovat vain luku -tilassa: mitään uutta ei voi aloittaa. Runde tuotiin eteen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture_limits.py" line="74"/>
        <location filename="../../ui/capture_lists.py" line="210"/>
        <source>A meeting holds at most %n learning point(s).</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>Kokouksessa voi olla enintään %n oppi.</numerusform>
            <numerusform>Kokouksessa voi olla enintään %n oppia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture_limits.py" line="75"/>
        <source>A meeting holds at most %n measure(s).</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>Kokouksessa voi olla enintään %n toimenpide.</numerusform>
            <numerusform>Kokouksessa voi olla enintään %n toimenpidettä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture_limits.py" line="84"/>
        <source>A meeting holds at most %n other question(s): this one is not added.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>Kokouksessa voi olla enintään %n muu kysymys: tätä ei lisätä.</numerusform>
            <numerusform>Kokouksessa voi olla enintään %n muuta kysymystä: tätä ei lisätä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture_limits.py" line="88"/>
        <source>A meeting holds at most %n suggestion(s): this one is not added.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>Kokouksessa voi olla enintään %n ehdotus: tätä ei lisätä.</numerusform>
            <numerusform>Kokouksessa voi olla enintään %n ehdotusta: tätä ei lisätä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture_limits.py" line="92"/>
        <source>A meeting holds at most %n topic suggestion(s): the lines after them are not saved.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>Kokouksessa voi olla enintään %n aihe-ehdotus: sen jälkeisiä rivejä ei tallenneta.</numerusform>
            <numerusform>Kokouksessa voi olla enintään %n aihe-ehdotusta: niiden jälkeisiä rivejä ei tallenneta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture_lists.py" line="216"/>
        <source>%n learning point(s) so far; three is the usual aim.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>%n oppi tähän mennessä; tavallisesti tavoitteena on kolme.</numerusform>
            <numerusform>%n oppia tähän mennessä; tavallisesti tavoitteena on kolme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/visit_day.py" line="49"/>
        <source>%n min</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/visit_limits.py" line="85"/>
        <source>A learning visit holds at most %n learning point(s).</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>Oppimiskäynnillä voi olla enintään %n oppi.</numerusform>
            <numerusform>Oppimiskäynnillä voi olla enintään %n oppia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/visit_limits.py" line="89"/>
        <source>A learning visit holds at most %n observation(s): this one is not added.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>Oppimiskäynnillä voi olla enintään %n havainto: tätä ei lisätä.</numerusform>
            <numerusform>Oppimiskäynnillä voi olla enintään %n havaintoa: tätä ei lisätä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/visit_limits.py" line="94"/>
        <source>A learning visit holds at most %n ground rule(s): the lines after them are not saved.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>Oppimiskäynnillä voi olla enintään %n pelisääntö: sen jälkeisiä rivejä ei tallenneta.</numerusform>
            <numerusform>Oppimiskäynnillä voi olla enintään %n pelisääntöä: niiden jälkeisiä rivejä ei tallenneta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <location filename="../../ui/capture_panel.py" line="181"/>
        <source>The case</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tapaus</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="182"/>
        <source>Short title</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Lyhyt otsikko</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="183"/>
        <source>Presented by</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: tapauksen esittäjä (case presenter)</translatorcomment>
        <translation>Esittäjä</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="195"/>
        <source>Learning questions asked</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: oppimiskysymykset (learning questions)</translatorcomment>
        <translation>Esitetyt oppimiskysymykset</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="201"/>
        <source>Another question that was asked (Enter adds it)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Muu esitetty kysymys (Enter lisää sen)</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="202"/>
        <source>What the questions taught the presenter</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: tapauksen esittäjä (case presenter)</translatorcomment>
        <translation>Mitä kysymykset opettivat tapauksen esittäjälle</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="203"/>
        <source>The round: a line for the person speaking</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kierros: rivi puhujalle</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="205"/>
        <source>What they take with them (optional)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Mitä hän vie mukanaan (vapaaehtoinen)</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="206"/>
        <source>Learning points</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: opit/oppi (learning points)</translatorcomment>
        <translation>Opit</translation>
    </message>
    <message>
        <location filename="../../ui/capture_lists.py" line="141"/>
        <location filename="../../ui/capture_lists.py" line="237"/>
        <location filename="../../ui/capture_panel.py" line="184"/>
        <location filename="../../ui/capture_panel.py" line="187"/>
        <location filename="../../ui/capture_panel.py" line="190"/>
        <location filename="../../ui/capture_panel.py" line="208"/>
        <source>Confidential</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Luottamuksellinen</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="209"/>
        <source>A learning point</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: opit/oppi (learning points)</translatorcomment>
        <translation>Oppi</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="210"/>
        <source>Learning point %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: opit/oppi (learning points)</translatorcomment>
        <translation>Oppi %1</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="211"/>
        <source>Add a learning point</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: opit/oppi (learning points)</translatorcomment>
        <translation>Lisää oppi</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="212"/>
        <source>Organisational measures</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Organisatoriset toimenpiteet</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="213"/>
        <source>Add a measure</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Lisää toimenpide</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="216"/>
        <source>Next time</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Seuraavaa kertaa varten</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="217"/>
        <source>Feed-forward: suggestions for next time (private to the receiver)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Feedforward: ehdotuksia seuraavaa kertaa varten (vain vastaanottajalle)</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="179"/>
        <source>What we learned</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Mitä opimme</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="114"/>
        <source>From last time</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Edellisestä kerrasta</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="117"/>
        <source>Focus chosen last time: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Viime kerralla valittu painopiste: %1</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="120"/>
        <source>Topic suggestions: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Aihe-ehdotukset: %1</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="123"/>
        <source>Topic suggestions from the mini-circles: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Aihe-ehdotukset minipiireiltä: %1</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="127"/>
        <source>done</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>tehty</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="127"/>
        <source>still open</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>yhä avoin</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="128"/>
        <source>dropped</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>hylätty</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="131"/>
        <source>%1 (open for %2 days)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1 (avoinna %2 päivää)</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="137"/>
        <source>Open measures from earlier meetings</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Avoimet toimenpiteet aiemmista tapaamisista</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="138"/>
        <source>Done</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tehty</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="139"/>
        <source>Still open</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Yhä avoin</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="140"/>
        <source>Dropped</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Luovuttu</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="141"/>
        <location filename="../../ui/capture_last_time.py" line="142"/>
        <source>What did you try since last time?</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Mitä olette kokeilleet viime kerran jälkeen?</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="185"/>
        <source>Left out of exports unless ticked in the export preview</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Jätetään pois vienneistä, ellei sitä valita esikatselussa</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="192"/>
        <source>What was tried since last time is confidential</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Viime kerran jälkeen kokeiltu on luottamuksellista</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="194"/>
        <source>Other questions that were asked</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Muut esitetyt kysymykset</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="204"/>
        <source>Pass</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: passata, from &apos;passaan&apos; (pass)</translatorcomment>
        <translation>Passaa</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="219"/>
        <source>A suggestion: choose from whom and to whom, then type it (Enter adds it)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ehdotus: valitse keneltä ja kenelle ja kirjoita sitten ehdotus (Enter lisää sen)</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="220"/>
        <source>From</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Keneltä</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="221"/>
        <source>To</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kenelle</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="222"/>
        <source>Focus area for the next meeting</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: seuraavan tapaamisen painopiste (focus area for next meeting)</translatorcomment>
        <translation>Seuraavan tapaamisen painopiste</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="223"/>
        <source>Topic suggestions, one per line</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Aihe-ehdotukset, yksi riviä kohden</translation>
    </message>
    <message>
        <location filename="../../ui/capture_lists.py" line="139"/>
        <source>The measure, e.g. a new procedure</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Toimenpide, esim. uusi menettelytapa</translation>
    </message>
    <message>
        <location filename="../../ui/capture_lists.py" line="140"/>
        <source>Who follows it up</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kuka seuraa toteutumista</translation>
    </message>
    <message>
        <location filename="../../ui/capture_lists.py" line="142"/>
        <source>Due date</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <location filename="../../ui/capture_lists.py" line="146"/>
        <source>Procedure</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Menettelytapa</translation>
    </message>
    <message>
        <location filename="../../ui/capture_lists.py" line="147"/>
        <source>Standard</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Standardi</translation>
    </message>
    <message>
        <location filename="../../ui/capture_lists.py" line="148"/>
        <source>Other</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Muu</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="247"/>
        <source>(nobody speaking)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>(kukaan ei puhu)</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../../ui/console.py" line="256"/>
        <source>Runde – operator&apos;s console</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde – ohjauspaneeli</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="258"/>
        <source>◀ Back</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>◀ Edellinen</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="258"/>
        <source>Previous speaker or step (Page Up)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Edellinen puhuja tai vaihe (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="259"/>
        <source>Start / Pause</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Aloita / Tauko</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="259"/>
        <source>Start, pause or resume (Space)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Aloita, pidä tauko tai jatka (välilyönti)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="260"/>
        <source>Next ▶</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Seuraava ▶</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="260"/>
        <source>Next speaker or step (Page Down)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Seuraava puhuja tai vaihe (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="261"/>
        <source>− 1 min</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>− 1 min</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="261"/>
        <source>One minute less (−)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Minuutti vähemmän (−)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="262"/>
        <source>+ 1 min</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>+ 1 min</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="262"/>
        <source>One minute more (+)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Minuutti lisää (+)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="263"/>
        <source>Pass</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: passata, from &apos;passaan&apos; (pass)</translatorcomment>
        <translation>Passaa</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="263"/>
        <source>The speaker passes (P)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: passata, from &apos;passaan&apos; (pass)</translatorcomment>
        <translation>Puhuja passaa (P)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="264"/>
        <source>Black screen</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Musta näyttö</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="264"/>
        <source>Black screen and back (B)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Musta näyttö ja takaisin (B)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="265"/>
        <source>Room view full screen</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;huonenäkymä&apos; for room view</translatorcomment>
        <translation>Huonenäkymä koko näytölle</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="265"/>
        <source>Full screen (F5)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Koko näyttö (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="266"/>
        <source>Keys…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Näppäimet…</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="266"/>
        <source>List the keys (F1)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Näytä näppäimet (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="272"/>
        <source>Move room view to next screen</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;huonenäkymä&apos; for room view</translatorcomment>
        <translation>Siirrä huonenäkymä seuraavalle näytölle</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="273"/>
        <source>Finish meeting…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Lopeta tapaaminen…</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="274"/>
        <source>Settings…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Asetukset…</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="275"/>
        <source>Agenda</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Asialista</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="276"/>
        <source>Agenda and round</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Asialista ja kierros</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="278"/>
        <location filename="../../ui/console.py" line="325"/>
        <source>What we learned</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Mitä opimme</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="279"/>
        <location filename="../../ui/console.py" line="299"/>
        <source>Step</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Vaihe</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="279"/>
        <source>Planned</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="279"/>
        <source>Actual</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Toteutunut</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="280"/>
        <source>The round</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kierros</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="281"/>
        <source>Absent / back</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Poissa / takaisin</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="282"/>
        <source>Move up</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="283"/>
        <source>Move down</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Siirrä alas</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="284"/>
        <source>Name of someone who arrived late</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Myöhässä tulleen nimi</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="285"/>
        <source>Late-comer&apos;s name</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Myöhästyneen nimi</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="286"/>
        <source>Add</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Lisää</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="287"/>
        <source>What the room sees</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Mitä huoneessa näkyy</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="288"/>
        <source>Starts at</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Alkaa klo</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="289"/>
        <source>e.g. 14:00</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>esim. 14.00</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="290"/>
        <source>Planned start time</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Suunniteltu alkamisaika</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="292"/>
        <source>The room counts down to this time; the meeting still starts when you press Space</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Huoneessa lasketaan aikaa tähän hetkeen; tapaaminen alkaa silti vasta, kun painat välilyöntiä</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="294"/>
        <source>Show the new plan…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Näytä uusi suunnitelma…</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="295"/>
        <source>Show the plan that shortens what is left</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Näytä suunnitelma, joka lyhentää jäljellä olevaa</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="296"/>
        <location filename="../../ui/console.py" line="303"/>
        <source>Not now</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ei nyt</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="297"/>
        <location filename="../../ui/console.py" line="304"/>
        <source>Not now: keep the plan as it is</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ei nyt: pidä suunnitelma ennallaan</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="298"/>
        <source>A new plan for what is left</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Uusi suunnitelma jäljellä olevalle</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="299"/>
        <source>Now</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Nyt</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="299"/>
        <source>New</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Uusi</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="300"/>
        <source>New times for the steps to come</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Uudet ajat tuleville vaiheille</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="301"/>
        <location filename="../../ui/console.py" line="302"/>
        <source>Apply the new plan</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ota uusi suunnitelma käyttöön</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="352"/>
        <source>Start</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Aloita</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="352"/>
        <source>Pause</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tauko</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="353"/>
        <source>Resume</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Jatka</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="353"/>
        <source>Finished</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="354"/>
        <source>Meeting time %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tapaamista kulunut %1</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="377"/>
        <source>Type a time such as 14:00</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kirjoita aika, esimerkiksi 14.00</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="379"/>
        <source>The room counts down to it</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Huoneessa lasketaan aikaa siihen</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="388"/>
        <source>%1 min</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="389"/>
        <source>%1 of %2 min</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1 / %2 min</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="399"/>
        <source>⚠ Projected: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>⚠ Arvio: %1</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="399"/>
        <source>Projected: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Arvio: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console.py" line="415"/>
        <source>%n min behind: shorten what is left so we end on time?</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>%n min jäljessä: lyhennetäänkö jäljellä olevaa, jotta lopetamme ajallaan?</numerusform>
            <numerusform>%n min jäljessä: lyhennetäänkö jäljellä olevaa, jotta lopetamme ajallaan?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="445"/>
        <source>%1 per turn</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1 vuoroa kohden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console.py" line="446"/>
        <source>%1 (%n turns to come)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>%1 (%n vuoro jäljellä)</numerusform>
            <numerusform>%1 (%n vuoroa jäljellä)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="474"/>
        <source>The meeting is on time: nothing needs shortening.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tapaaminen on aikataulussa: mitään ei tarvitse lyhentää.</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="476"/>
        <source>The meeting still ends within its usual length: nothing needs shortening.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tapaaminen päättyy yhä tavallisessa ajassa: mitään ei tarvitse lyhentää.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console.py" line="477"/>
        <source>Nothing left can be shortened: the meeting ends about %n min late.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>Mitään jäljellä olevaa ei voi lyhentää: tapaaminen päättyy noin %n min myöhässä.</numerusform>
            <numerusform>Mitään jäljellä olevaa ei voi lyhentää: tapaaminen päättyy noin %n min myöhässä.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="479"/>
        <source>Nothing that has started is cut short: the step or turn running now keeps its time.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Mitään jo alkanutta ei lyhennetä: nyt käynnissä oleva vaihe tai vuoro säilyttää aikansa.</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="480"/>
        <source>Now: %1. With this plan: %2.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Nyt: %1. Tällä suunnitelmalla: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="485"/>
        <source>With this plan the meeting ends on time.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tällä suunnitelmalla tapaaminen päättyy ajallaan.</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="486"/>
        <source>With this plan the meeting ends on time, at %1.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tällä suunnitelmalla tapaaminen päättyy ajallaan, klo %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console.py" line="488"/>
        <source>Even with every step at its shortest, the meeting ends about %n min late.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>Vaikka jokainen vaihe olisi mahdollisimman lyhyt, tapaaminen päättyy noin %n min myöhässä.</numerusform>
            <numerusform>Vaikka jokainen vaihe olisi mahdollisimman lyhyt, tapaaminen päättyy noin %n min myöhässä.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="511"/>
        <source>to come</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>odottaa</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="511"/>
        <source>speaking now</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>puhuu nyt</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="512"/>
        <source>has spoken</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>on puhunut</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="512"/>
        <source>passed</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: passata, from &apos;passaan&apos; (pass)</translatorcomment>
        <translation>passasi</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="513"/>
        <source>absent</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>poissa</translation>
    </message>
</context>
<context>
    <name>EndPanel</name>
    <message>
        <location filename="../../ui/meeting_end.py" line="106"/>
        <source>The meeting has ended. What was captured:</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tapaaminen on päättynyt. Tämä kirjattiin:</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="107"/>
        <source>Write the learning points</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kirjoita opit</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="108"/>
        <source>Add a measure</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Lisää toimenpide</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="109"/>
        <source>Tick the questions asked</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Merkitse esitetyt kysymykset</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="110"/>
        <source>Make the sheet…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tee kooste…</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="111"/>
        <source>The sheet of this meeting: preview, then save, print or copy</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tämän tapaamisen kooste: katso se ensin, sitten tallenna, tulosta tai kopioi</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="112"/>
        <source>New meeting</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Uusi tapaaminen</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="113"/>
        <source>Close this meeting&apos;s windows and go to the start screen</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Sulje tapaamisen ikkunat ja siirry aloitusnäyttöön</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meeting_end.py" line="126"/>
        <source>%n learning point(s)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>%n oppi</numerusform>
            <numerusform>%n oppia</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="127"/>
        <source>No learning points yet</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ei vielä oppeja</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meeting_end.py" line="128"/>
        <source>%n measure(s)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>%n toimenpide</numerusform>
            <numerusform>%n toimenpidettä</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="129"/>
        <source>No measures yet</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ei vielä toimenpiteitä</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="131"/>
        <source>%1 of %2 learning questions ticked</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1/%2 oppimiskysymystä merkitty</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="133"/>
        <source>No learning questions ticked yet</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Oppimiskysymyksiä ei ole vielä merkitty</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meeting_end.py" line="146"/>
        <source>%n line(s) from the round</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>%n rivi kierrokselta</numerusform>
            <numerusform>%n riviä kierrokselta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="147"/>
        <source>No lines from the round</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ei rivejä kierrokselta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meeting_end.py" line="149"/>
        <source>%n passed</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>%n passasi</numerusform>
            <numerusform>%n passasi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="68"/>
        <source>Export preview</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Viennin esikatselu</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="77"/>
        <source>What the sheet will contain</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;kooste&apos; for sheet</translatorcomment>
        <translation>Mitä koosteeseen tulee</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="79"/>
        <source>Confidential items, ticked ones are included</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Luottamukselliset kohdat, valitut otetaan mukaan</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="81"/>
        <source>Case</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tapaus</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="81"/>
        <source>Learning point</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: opit/oppi (learning points)</translatorcomment>
        <translation>Oppi</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="82"/>
        <source>Measure</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="82"/>
        <source>Observation</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Havainto</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="84"/>
        <source>Own question</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Oma kysymys</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="92"/>
        <source>Show names as initials</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Näytä nimet nimikirjaimina</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="93"/>
        <source>Add a page with planned and actual times</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Lisää sivu, jolla on suunnitellut ja toteutuneet ajat</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="99"/>
        <source>File format</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tiedostomuoto</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="100"/>
        <source>PDF (to print)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>PDF (tulostettavaksi)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="101"/>
        <source>Markdown (text)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Markdown (teksti)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="102"/>
        <source>CSV (spreadsheet)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>CSV (taulukkolaskenta)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="103"/>
        <source>Document (.odt, to edit in Word or LibreOffice)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Asiakirja (.odt, muokattavaksi Wordissa tai LibreOfficessa)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="108"/>
        <source>Save…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tallenna…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="109"/>
        <source>Print…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tulosta…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="110"/>
        <source>Copy</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kopioi</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="111"/>
        <source>Copy the sheet with its headings and lists, to paste into the minutes (Word, Outlook)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kopioi kooste otsikoineen ja luetteloineen liitettäväksi muistioon (Word, Outlook)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="118"/>
        <source>Left out unless you tick them (confidential, or private observations):</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Jätetään pois, ellet valitse niitä (luottamukselliset tai yksityiset havainnot):</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="156"/>
        <source>⚠ These characters cannot be printed in the PDF and will be missing: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>⚠ Näitä merkkejä ei voi tulostaa PDF-tiedostoon, joten ne puuttuvat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="159"/>
        <source>⚠ Right-to-left text (%1) is printed in the PDF in left-to-right order, its letters not joined.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>⚠ Oikealta vasemmalle kirjoitettu teksti (%1) tulostuu PDF:ään vasemmalta oikealle, eikä kirjaimia liitetä yhteen.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="172"/>
        <source>PDF (*.pdf)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="172"/>
        <source>Document (*.odt)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Asiakirja (*.odt)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="173"/>
        <source>Markdown (*.md)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="173"/>
        <source>CSV (*.csv)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="183"/>
        <source>Save the sheet</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;kooste&apos; for sheet</translatorcomment>
        <translation>Tallenna kooste</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="191"/>
        <source>Writing the sheet…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kirjoitetaan koostetta…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="193"/>
        <source>The sheet was not saved</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;kooste&apos; for sheet</translatorcomment>
        <translation>Koostetta ei tallennettu</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="196"/>
        <source>Saved: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tallennettu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="209"/>
        <source>Copied: paste it into the minutes.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kopioitu: liitä se muistioon.</translation>
    </message>
</context>
<context>
    <name>FormatEditor</name>
    <message>
        <location filename="../../ui/format_editor_view.py" line="200"/>
        <source>Runde – formats</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>Runde – tapaamismallit</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="201"/>
        <source>F&amp;ormat</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>&amp;Malli</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="202"/>
        <source>Format to edit</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>Muokattava malli</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="203"/>
        <source>Make a &amp;copy to change</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tee &amp;kopio muokattavaksi</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="204"/>
        <source>Open a &amp;file…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Avaa &amp;tiedosto…</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="205"/>
        <source>Save as fi&amp;le…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tallenna tie&amp;dostoksi…</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="206"/>
        <source>Bring in a format file someone shared</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>Tuo jonkun jakama mallitiedosto</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="207"/>
        <source>Write this format to a file to share it</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>Kirjoita malli tiedostoon jakamista varten</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="208"/>
        <source>Remove this format…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Poista tämä malli…</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="209"/>
        <source>Remove your own or your team&apos;s format (built-in and organisation formats stay)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Poista oma tai tiimisi malli (sisäänrakennetut mallit ja organisaation mallit säilyvät)</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="211"/>
        <source>&amp;Title</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>&amp;Otsikko</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="212"/>
        <source>Title of the format</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>Mallin otsikko</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="213"/>
        <source>&amp;Steps</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>&amp;Vaiheet</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="214"/>
        <source>Steps of the format</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>Mallin vaiheet</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="215"/>
        <source>&amp;Add a step</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>&amp;Lisää vaihe</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="216"/>
        <source>&amp;Remove the step</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>&amp;Poista vaihe</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="217"/>
        <source>Move &amp;up</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Siirrä yl&amp;ös</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="218"/>
        <source>Move do&amp;wn</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Siirrä &amp;alas</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="219"/>
        <source>The chosen step</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Valittu vaihe</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="220"/>
        <source>Step titl&amp;e</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Vaiheen ots&amp;ikko</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="221"/>
        <source>&amp;Kind</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>La&amp;ji</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="222"/>
        <location filename="../../ui/format_editor_view.py" line="276"/>
        <source>&amp;Duration</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>K&amp;esto</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="223"/>
        <source>War&amp;ning</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Va&amp;roitus</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="224"/>
        <source>Time &amp;per turn</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Vuoron k&amp;esto</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="225"/>
        <source>Turn warnin&amp;g</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Vuoron va&amp;roitus</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="226"/>
        <source>&amp;Instruction</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ohjetek&amp;sti</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="227"/>
        <source>Pro&amp;mpt questions</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Pohdi&amp;ntakysymykset</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="230"/>
        <source>Step title</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Vaiheen otsikko</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="231"/>
        <source>Kind of step</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Vaiheen laji</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="233"/>
        <source> min</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="233"/>
        <source> s</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="234"/>
        <source>Duration</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kesto</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="235"/>
        <source>Warning before the end</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Varoitus ennen loppua</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="236"/>
        <source>Time per turn</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Vuoron kesto</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="237"/>
        <source>Warning before the end of a turn</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Varoitus ennen vuoron loppua</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="238"/>
        <source>Instruction</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ohjeteksti</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="240"/>
        <source>What the room reads during this step (optional)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Mitä huoneessa luetaan tämän vaiheen aikana (valinnainen)</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="241"/>
        <source>Prompt questions, one a line</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;pohdintakysymykset&apos; for prompt questions</translatorcomment>
        <translation>Pohdintakysymykset, yksi riviä kohden</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="242"/>
        <source>F2 or double-click changes a question</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>F2 tai kaksoisnapsautus muuttaa kysymystä</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="243"/>
        <source>Add a &amp;question</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Lis&amp;ää kysymys</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="244"/>
        <source>Remo&amp;ve the question</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Poista k&amp;ysymys</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="245"/>
        <source>Num&amp;ber of people</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>&amp;Henkilömäärä</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="246"/>
        <source>Number of people for the planned total</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Henkilömäärä suunnitellun kokonaisajan laskemiseen</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="247"/>
        <source>Planned total</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Suunniteltu kokonaisaika</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="248"/>
        <source>Save (Ctrl+S)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tallenna (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="254"/>
        <source>Timed: one countdown</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ajastettu: yksi lähtölaskenta</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="255"/>
        <source>Round: a turn for each person</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kierros: vuoro jokaiselle</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="256"/>
        <source>Open: the clock counts up</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Avoin: kello laskee ylöspäin</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="133"/>
        <source>team “%1”</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>tiimi ”%1”</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="134"/>
        <source>built-in</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>sisäänrakennettu</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="134"/>
        <source>your organisation&apos;s</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>organisaation</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="135"/>
        <source>your own</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>oma</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="135"/>
        <source>a team&apos;s own</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>tiimin oma</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="136"/>
        <source>not saved yet</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>ei vielä tallennettu</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="209"/>
        <source>There are no formats yet: open a file to bring one in.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>Malleja ei vielä ole: tuo malli avaamalla tiedosto.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="212"/>
        <source>A copy for the team “%2”, not saved yet. Save keeps it with the team&apos;s data and makes it available at once, as “%1”.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kopio tiimille ”%2”, jota ei ole vielä tallennettu. Tallennus tallentaa sen tiimin tietoihin ja ottaa sen heti käyttöön nimellä ”%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="215"/>
        <source>A copy, not saved yet. Save makes it available at once, as “%1”.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kopio, jota ei ole vielä tallennettu. Tallennus ottaa sen heti käyttöön nimellä ”%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="217"/>
        <source>A format of the team “%2” (“%1”): changes are saved with the team&apos;s data and travel in the team&apos;s file.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tiimin ”%2” malli (”%1”): muutokset tallennetaan tiimin tietoihin ja kulkevat tiimin tiedoston mukana.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="220"/>
        <source>This file in your folder has the id of a built-in format (“%1”). Make a copy to change it.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>Tällä kansiosi tiedostolla on sisäänrakennetun mallin tunnus (”%1”). Tee kopio muokataksesi sitä.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="223"/>
        <source>Your own format (“%1”): changes are saved in your formats folder.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>Oma mallisi (”%1”): muutokset tallennetaan mallikansioosi.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="225"/>
        <source>Your organisation&apos;s format (“%1”) is not changed here: make a copy to change it.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>Organisaatiosi mallia (”%1”) ei muuteta täällä: tee kopio muokataksesi sitä.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="227"/>
        <source>A built-in format (“%1”) is never changed: make a copy to change it.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>Sisäänrakennettua mallia (”%1”) ei koskaan muuteta: tee kopio muokataksesi sitä.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="252"/>
        <source>(our version)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>(oma versiomme)</translation>
    </message>
    <message>
        <location filename="../../ui/format_steps.py" line="72"/>
        <source>%1 a turn</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1 vuoroa kohden</translation>
    </message>
    <message>
        <location filename="../../ui/format_steps.py" line="74"/>
        <source>open</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>avoin</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="275"/>
        <source>Planned &amp;time</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Suunniteltu k&amp;esto</translation>
    </message>
    <message>
        <location filename="../../ui/format_steps.py" line="156"/>
        <source>New step</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Uusi vaihe</translation>
    </message>
    <message>
        <location filename="../../ui/format_steps.py" line="206"/>
        <source>New question</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Uusi kysymys</translation>
    </message>
    <message>
        <location filename="../../ui/format_steps.py" line="231"/>
        <source>%1 min %2 s</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../../ui/format_steps.py" line="233"/>
        <source>%1 min</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/format_editor.py" line="271"/>
        <source>Planned: %1 with %n people</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>Suunniteltu: %1, kun henkilöitä on %n</numerusform>
            <numerusform>Suunniteltu: %1, kun henkilöitä on %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/format_editor.py" line="273"/>
        <source>⚠ Planned: %1 with %n people, longer than the meeting&apos;s usual %2</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>⚠ Suunniteltu: %1, kun henkilöitä on %n, eli pidempi kuin tapaamisen tavallinen %2</numerusform>
            <numerusform>⚠ Suunniteltu: %1, kun henkilöitä on %n, eli pidempi kuin tapaamisen tavallinen %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/format_editor.py" line="275"/>
        <source>Planned: %1 with %n people (the meeting&apos;s usual length is %2)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>Suunniteltu: %1, kun henkilöitä on %n (tapaamisen tavallinen kesto on %2)</numerusform>
            <numerusform>Suunniteltu: %1, kun henkilöitä on %n (tapaamisen tavallinen kesto on %2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="330"/>
        <source>Saved: “%1” is available at once on the start screen.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tallennettu: ”%1” on heti käytettävissä aloitusnäytöllä.</translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="77"/>
        <source>the folder is read-only</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>kansio on kirjoitussuojattu</translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="79"/>
        <source>the disk is full</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>levy on täynnä</translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="82"/>
        <source>The format was not saved: Runde cannot write in %1 (%2). Nothing was changed. “Save as file…” can keep it somewhere else.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>Mallia ei tallennettu: Runde ei voi kirjoittaa kansioon %1 (%2). Mitään ei muutettu. ”Tallenna tiedostoksi…” voi tallentaa sen muualle.</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="30"/>
        <source>must not be empty</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>ei saa olla tyhjä</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="31"/>
        <source>is longer than the step itself</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>on pidempi kuin itse vaihe</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="32"/>
        <source>is longer than the turn itself</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>on pidempi kuin itse vuoro</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="33"/>
        <source>is the id of a built-in format, which is never replaced: make a copy</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>on sisäänrakennetun mallin tunnus, eikä sitä koskaan korvata: tee kopio</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="39"/>
        <source>must be a group of fields in braces { … }</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>on oltava kenttien ryhmä aaltosulkeissa { … }</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="40"/>
        <source>is missing (every text needs English)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>puuttuu (jokaisella tekstillä on oltava englanninkielinen versio)</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="42"/>
        <source>must be 1 to 64 letters a–z, digits, “-” or “_”</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>on oltava 1–64 kirjainta a–z, numeroita, ”-” tai ”_”</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="44"/>
        <source>is missing</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>puuttuu</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="45"/>
        <source>must be a list [ … ]</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>on oltava luettelo [ … ]</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="46"/>
        <source>must be a list with at least one step</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>on oltava luettelo, jossa on vähintään yksi vaihe</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="48"/>
        <source>the smallest number is larger than the largest</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>pienin määrä on suurempi kuin suurin</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="49"/>
        <source>only a round&apos;s turns have parts</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>vain kierroksen puheenvuoroilla voi olla osia</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="50"/>
        <source>needs a title and a length (duration_s)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>tarvitsee otsikon ja keston (duration_s)</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="51"/>
        <source>is not UTF-8 text</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>ei ole UTF-8-tekstiä</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="52"/>
        <source>must be empty or a web address that starts with https:// or http://</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>on oltava tyhjä tai verkko-osoite, joka alkaa https:// tai http://</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="54"/>
        <source>must be a language code of 2 or 3 letters, such as “da” or “nb”</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>on oltava 2- tai 3-kirjaiminen kielikoodi, esimerkiksi ”da” tai ”nb”</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="56"/>
        <source>your formats folder is the folder of the built-in formats</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>mallikansiosi on sisäänrakennettujen mallien kansio</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="63"/>
        <source>must be between %1 and %2, not %3</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>on oltava välillä %1–%2, ei %3</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="66"/>
        <source>is longer than %1 characters</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>on pidempi kuin %1 merkkiä</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="67"/>
        <source>has %1 steps; at most %2 are allowed</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>sisältää %1 vaihetta; enintään %2 on sallittu</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="68"/>
        <source>is not a known field (these are: %1)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>ei ole tunnettu kenttä (tunnetut ovat: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="69"/>
        <source>must be a whole number, not %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>on oltava kokonaisluku, ei %1</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="70"/>
        <source>must be true or false, not %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>täytyy olla true tai false, ei %1</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="71"/>
        <source>has %1 parts (at most %2)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>sisältää %1 osaa (enintään %2)</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="72"/>
        <source>must be one of %1, not %2</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>on oltava jokin näistä: %1, ei %2</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="73"/>
        <source>is not a known kind of note: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>ei ole tunnettu muistiinpanon laji: %1</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="74"/>
        <source>%1 is used twice</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1 on käytössä kahdesti</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="75"/>
        <source>is larger than %1 MB</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>on suurempi kuin %1 Mt</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="76"/>
        <source>cannot be read (%1)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>ei voi lukea (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="77"/>
        <source>is not valid JSON (%1)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>ei ole kelvollista JSONia (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="91"/>
        <source>line %1, column %2</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>rivi %1, sarake %2</translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="89"/>
        <source>The format was not saved with the team&apos;s data: %1 Nothing was changed. “Save as file…” can keep it somewhere else.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Mallia ei tallennettu tiimin tietoihin: %1 Mitään ei muutettu. ”Tallenna tiedostoksi…” voi tallentaa sen muualle.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="294"/>
        <source>title</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>otsikko</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="294"/>
        <source>kind</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>laji</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="295"/>
        <source>duration</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>kesto</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="296"/>
        <source>warning</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>varoitus</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="297"/>
        <source>time per turn</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>vuoron kesto</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="298"/>
        <source>turn warning</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>vuoron varoitus</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="299"/>
        <source>instruction</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>ohjeteksti</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="300"/>
        <source>prompt questions</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;pohdintakysymykset&apos; for prompt questions</translatorcomment>
        <translation>pohdintakysymykset</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="344"/>
        <source>Step %1 (“%2”), %3</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Vaihe %1 (”%2”), %3</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="350"/>
        <source>Title</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Otsikko</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="352"/>
        <source>Steps</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Vaiheet</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="354"/>
        <source>The format</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>Malli</translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="31"/>
        <source>Save the format as a file</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>Tallenna malli tiedostoksi</translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="32"/>
        <location filename="../../ui/format_files.py" line="39"/>
        <source>Runde formats (*.json)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>Runden mallit (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="372"/>
        <source>The file was not saved: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tiedostoa ei tallennettu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="375"/>
        <source>Saved as %1: others bring it in with “Open a file…”.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tallennettu tiedostoksi %1: muut voivat tuoda sen kohdasta ”Avaa tiedosto…”.</translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="38"/>
        <source>Open a format file</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>Avaa mallitiedosto</translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="70"/>
        <source>It has the id of a built-in format, so it came in as “%1”; the built-in format stays as it is.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>Sillä on sisäänrakennetun mallin tunnus, joten se tuotiin nimellä ”%1”; sisäänrakennettu malli säilyy ennallaan.</translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="63"/>
        <source>This file cannot be used: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tätä tiedostoa ei voi käyttää: %1</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="393"/>
        <source>The file could not be brought in: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tiedostoa ei voitu tuoda: %1</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="401"/>
        <source>Brought in: “%1”.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tuotu: ”%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="441"/>
        <source>The format was not removed: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Mallia ei poistettu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="447"/>
        <source>Removed: “%1”. Past meetings keep its name.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Poistettu: ”%1”. Aiemmat tapaamiset säilyttävät sen nimen.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="454"/>
        <source>Remove “%1”? Past meetings keep its name.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Poistetaanko ”%1”? Aiemmat tapaamiset säilyttävät sen nimen.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="456"/>
        <source>These meeting series use it and need another format: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Nämä tapaamissarjat käyttävät sitä ja tarvitsevat toisen mallin: %1</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="458"/>
        <source>Remove the format?</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Poistetaanko malli?</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="464"/>
        <source>Changes not saved</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Muutoksia ei ole tallennettu</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="464"/>
        <source>Save the changes to this format first?</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>Tallennetaanko tämän mallin muutokset ensin?</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="478"/>
        <source>Replace your format?</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>Korvataanko mallisi?</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="479"/>
        <source>You have a format with the same id, “%1”. Replace it with the one in the file?</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>Sinulla on malli, jolla on sama tunnus, ”%1”. Korvataanko se tiedostossa olevalla?</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../ui/help_overlay.py" line="19"/>
        <source>Keyboard help</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Näppäinohje</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="82"/>
        <source>Keys (a presentation clicker works too)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Näppäimet (myös esitysten kaukosäädin toimii)</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="90"/>
        <source>Press any key to close.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Sulje painamalla mitä tahansa näppäintä.</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../ui/history.py" line="207"/>
        <source>Runde – history and sheets</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;kooste&apos; for sheet</translatorcomment>
        <translation>Runde – historia ja koosteet</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="208"/>
        <source>Team</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tiimi</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="209"/>
        <source>Search all learning points and measures…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: opit/oppi (learning points)</translatorcomment>
        <translation>Hae kaikista opeista ja toimenpiteistä…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="210"/>
        <source>Search</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Hae</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="212"/>
        <source>Past meetings</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Aiemmat tapaamiset</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="213"/>
        <location filename="../../ui/history.py" line="217"/>
        <source>Learning visits</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: oppimiskäynti (learning visit)</translatorcomment>
        <translation>Oppimiskäynnit</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="218"/>
        <source>Sheet of this learning visit…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: oppimiskäynti (learning visit); also unsure: &apos;kooste&apos; for sheet</translatorcomment>
        <translation>Tämän oppimiskäynnin kooste…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="220"/>
        <source>Mark the measure done</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Merkitse toimenpide tehdyksi</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="221"/>
        <source>Sheet of this meeting…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;kooste&apos; for sheet</translatorcomment>
        <translation>Tämän tapaamisen kooste…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="222"/>
        <source>Sheet for the staff meeting…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;kooste&apos; for sheet</translatorcomment>
        <translation>Kooste henkilöstökokoukseen…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="223"/>
        <source>Restore a backup…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Palauta varmuuskopio…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="224"/>
        <source>Save the team&apos;s data…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tallenna tiimin tiedot…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="225"/>
        <source>Bring in a team&apos;s data…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tuo tiimin tiedot…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="226"/>
        <source>Remove a person everywhere…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Poista henkilö kaikkialta…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="215"/>
        <source>Meetings</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tapaamiset</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="211"/>
        <source>Search results</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Hakutulokset</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="214"/>
        <location filename="../../ui/history.py" line="216"/>
        <source>Measures still open</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Yhä avoimet toimenpiteet</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="219"/>
        <source>Open this learning visit</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: oppimiskäynti (learning visit)</translatorcomment>
        <translation>Avaa tämä oppimiskäynti</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="284"/>
        <source>All teams</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kaikki tiimit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="292"/>
        <source>%n learning point(s)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: opit/oppi (learning points)</translatorcomment>
        <translation>
            <numerusform>%n oppi</numerusform>
            <numerusform>%n oppia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="298"/>
        <source>open for %n day(s)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>avoinna %n päivän</numerusform>
            <numerusform>avoinna %n päivää</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="316"/>
        <source>The server cannot be reached; showing what was read before.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Palvelimeen ei saada yhteyttä; näytetään aiemmin luettu.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="324"/>
        <source>The server cannot be reached; nothing was changed. Try again when it is back.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Palvelimeen ei saada yhteyttä; mitään ei muutettu. Yritä uudelleen, kun se on taas käytettävissä.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="340"/>
        <source>Learning point</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: opit/oppi (learning points)</translatorcomment>
        <translation>Oppi</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="340"/>
        <source>Measure</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="367"/>
        <source>The sheet was saved, but the server cannot be reached to note it: the next staff sheet starts where this one did.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kooste tallennettiin, mutta palvelimeen ei saada yhteyttä sen merkitsemiseksi: seuraava henkilöstöpalaverin kooste alkaa siitä, mistä tämä alkoi.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="378"/>
        <source>The server cannot be reached, so the sheet cannot be made now. Try again when it is back.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Palvelimeen ei saada yhteyttä, joten koostetta ei voi tehdä nyt. Yritä uudelleen, kun se on taas käytettävissä.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="411"/>
        <source>Gathering the meetings for the staff sheet…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kootaan kokouksia henkilöstökokouksen koosteeseen…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="425"/>
        <location filename="../../ui/history.py" line="430"/>
        <location filename="../../ui/history.py" line="435"/>
        <source>Save the team&apos;s data</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tallenna tiimin tiedot</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="425"/>
        <source>Choose a team first.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Valitse ensin tiimi.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="441"/>
        <source>Saving the team&apos;s data…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tallennetaan tiimin tietoja…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="449"/>
        <source>The server cannot be reached, so the team&apos;s data cannot be read now. Nothing was saved; try again when it is back.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Palvelimeen ei saada yhteyttä, joten tiimin tietoja ei voi lukea nyt. Mitään ei tallennettu; yritä uudelleen, kun se on taas käytettävissä.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="453"/>
        <source>Not saved</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ei tallennettu</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="460"/>
        <source>Bring in a team&apos;s data</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tuo tiimin tiedot</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="461"/>
        <source>Runde team files (*.json)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde-tiimitiedostot (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="469"/>
        <source>Bringing in the team&apos;s data…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tuodaan tiimin tietoja…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="472"/>
        <location filename="../../ui/history.py" line="477"/>
        <source>Nothing was brought in</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Mitään ei tuotu</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="473"/>
        <source>The server cannot be reached; nothing was brought in. Try again when it is back.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Palvelimeen ei saada yhteyttä; mitään ei tuotu. Yritä uudelleen, kun se on taas käytettävissä.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="478"/>
        <source>The file could not be used: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tiedostoa ei voitu käyttää: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="492"/>
        <location filename="../../ui/history.py" line="527"/>
        <source>Remove a person everywhere</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Poista henkilö kaikkialta</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="494"/>
        <source>The name, exactly as written. It is replaced by a dash in every meeting, measure and round, and removed from the teams. This cannot be undone.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Nimi täsmälleen niin kuin se on kirjoitettu. Se korvataan viivalla kaikissa tapaamisissa, toimenpiteissä ja kierroksissa, ja se poistetaan tiimeistä. Tätä ei voi perua.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="496"/>
        <source>The backups and the notes kept on this computer are rewritten without the name too. Names typed inside free text (notes, reflections, observations) are not changed.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Myös varmuuskopiot ja tälle tietokoneelle säilytetyt muistiinpanot kirjoitetaan uudelleen ilman nimeä. Vapaaseen tekstiin (muistiinpanot, pohdinnat, havainnot) kirjoitettuja nimiä ei muuteta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="512"/>
        <source>The name was replaced in %n record(s),</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>Nimi korvattiin %n tietueessa,</numerusform>
            <numerusform>Nimi korvattiin %n tietueessa,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="513"/>
        <source>%n note file(s) kept on this computer</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>%n tälle tietokoneelle säilytetyssä muistiinpanotiedostossa</numerusform>
            <numerusform>%n tälle tietokoneelle säilytetyssä muistiinpanotiedostossa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="514"/>
        <source>and %n backup(s).</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>ja %n varmuuskopiossa.</numerusform>
            <numerusform>ja %n varmuuskopiossa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="515"/>
        <source>%n copy(ies) that could not be changed were removed.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>%n kopio, jota ei voitu muuttaa, poistettiin.</numerusform>
            <numerusform>%n kopiota, joita ei voitu muuttaa, poistettiin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="516"/>
        <source>%n copy(ies) could not be changed and still hold the name.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>%n kopiota ei voitu muuttaa, ja siinä on yhä nimi.</numerusform>
            <numerusform>%n kopiota ei voitu muuttaa, ja niissä on yhä nimi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="528"/>
        <source>%n older copy(ies) of the data could not be changed and still hold the name. Delete them?</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>%n vanhempaa kopiota tiedoista ei voitu muuttaa, ja siinä on yhä nimi. Poistetaanko se?</numerusform>
            <numerusform>%n vanhempaa kopiota tiedoista ei voitu muuttaa, ja niissä on yhä nimi. Poistetaanko ne?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="540"/>
        <location filename="../../ui/history.py" line="542"/>
        <location filename="../../ui/history.py" line="545"/>
        <location filename="../../ui/history.py" line="557"/>
        <source>Restore a backup</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Palauta varmuuskopio</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="540"/>
        <source>There are no backups yet.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Varmuuskopioita ei ole vielä.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="546"/>
        <source>Replace the current data with the backup from %1? The current data is kept aside, not deleted. Runde closes; start it again afterwards.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Korvataanko nykyiset tiedot varmuuskopiolla ajalta %1? Nykyiset tiedot siirretään talteen, niitä ei poisteta. Runde sulkeutuu; käynnistä se sen jälkeen uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="554"/>
        <source>Restoring the backup…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Palautetaan varmuuskopiota…</translation>
    </message>
</context>
<context>
    <name>InstallCheck</name>
    <message>
        <location filename="../../ui/install_check.py" line="23"/>
        <source>Runde is not installed completely: its built-in meeting formats are missing (looked in %1). Please install Runde again, or ask whoever installed it.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde ei ole asentunut kokonaan: sisäänrakennetut kokousmuodot puuttuvat (etsittiin kansiosta %1). Asenna Runde uudelleen tai kysy ohjelman asentajalta.</translation>
    </message>
    <message>
        <location filename="../../ui/install_check.py" line="46"/>
        <source>Runde cannot start</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde ei voi käynnistyä</translation>
    </message>
    <message>
        <location filename="../../ui/install_check.py" line="71"/>
        <source>The chime is not installed on this computer, so Runde stays silent. To hear it, install Runde with its sound part (runde[sound]) or use the Runde program for your computer.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Merkkiääntä ei ole asennettu tähän tietokoneeseen, joten Runde on hiljaa. Jos haluat kuulla sen, asenna Runde äänitoimintoineen (runde[sound]) tai käytä tietokoneellesi tehtyä Runde-ohjelmaa.</translation>
    </message>
    <message>
        <location filename="../../ui/install_check.py" line="79"/>
        <source>The database server part is not installed on this computer, so Runde keeps everything in this computer&apos;s own file. To use a team database server, install Runde with its server part (runde[server]).</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tietokantapalvelimen osaa ei ole asennettu tähän tietokoneeseen, joten Runde tallentaa kaiken tietokoneen omaan tiedostoon. Jos haluat käyttää tiimin yhteistä tietokantapalvelinta, asenna Runde palvelinosineen (runde[server]).</translation>
    </message>
</context>
<context>
    <name>MeetingController</name>
    <message>
        <location filename="../../ui/meeting_controller.py" line="114"/>
        <location filename="../../ui/meeting_controller.py" line="128"/>
        <source>F1 keys · F2 console · Esc leave full screen</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>F1 näppäimet · F2 ohjauspaneeli · Esc poistu koko näytöstä</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="148"/>
        <source>Time is almost up: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Aika on melkein lopussa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="149"/>
        <source>Time is up: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Aika on lopussa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="159"/>
        <source>Room view on: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;huonenäkymä&apos; for room view</translatorcomment>
        <translation>Huonenäkymä näytöllä: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meeting_controller.py" line="409"/>
        <source>A meeting holds at most %n people.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>Kokouksessa voi olla enintään %n osallistuja.</numerusform>
            <numerusform>Kokouksessa voi olla enintään %n osallistujaa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="420"/>
        <source>Finish the meeting?</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Lopetetaanko tapaaminen?</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="421"/>
        <source>The meeting ends now and its times are kept. You can still add learning points and measures afterwards.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: opit/oppi (learning points)</translatorcomment>
        <translation>Tapaaminen päättyy nyt, ja sen ajat tallennetaan. Voit lisätä oppeja ja toimenpiteitä vielä jälkikäteen.</translation>
    </message>
</context>
<context>
    <name>MeetingSession</name>
    <message>
        <location filename="../../ui/meeting_session.py" line="179"/>
        <source>Changed elsewhere</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Muutettu muualla</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="180"/>
        <source>This learning point was changed on another computer while you were editing it.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tätä oppia muutettiin toisella tietokoneella, kun muokkasit sitä.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="182"/>
        <source>This measure was changed on another computer while you were editing it.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tätä toimenpidettä muutettiin toisella tietokoneella, kun muokkasit sitä.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="184"/>
        <source>On the other computer: %1
Here: %2</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Toisella tietokoneella: %1
Täällä: %2</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="186"/>
        <source>Keep mine</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Pidä oma versioni</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="187"/>
        <source>Take theirs</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ota toisen tietokoneen versio</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="232"/>
        <source>The sheet cannot be made now</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Koostetta ei voi tehdä nyt</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="233"/>
        <source>The meeting cannot be read to make its sheet: %1 Everything typed is kept; try again in a moment.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tapaamista ei voi lukea koosteen tekemistä varten: %1 Kaikki kirjoitettu säilyy; yritä hetken päästä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="235"/>
        <source>it is not in the database.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>sitä ei ole tietokannassa.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="300"/>
        <source>✓ Everything is saved</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>✓ Kaikki on tallennettu</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="305"/>
        <source>Server not reachable: edits are kept on this computer and saved when it is back.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Palvelimeen ei saada yhteyttä: muutokset säilytetään tällä tietokoneella ja tallennetaan, kun yhteys palaa.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="308"/>
        <source>⚠ Not saved yet (%1). Kept in memory; Runde keeps trying.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>⚠ Ei vielä tallennettu (%1). Tiedot ovat muistissa; Runde yrittää edelleen.</translation>
    </message>
</context>
<context>
    <name>MessagePanel</name>
    <message>
        <location filename="../../ui/room_message.py" line="104"/>
        <location filename="../../ui/room_message.py" line="112"/>
        <source>Message to the room</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Viesti osallistujille</translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="105"/>
        <source>Show “%1” on the room&apos;s view (1)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Näytä ”%1” huonenäkymässä (1)</translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="105"/>
        <source>Show “%1” on the room&apos;s view (2)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Näytä ”%1” huonenäkymässä (2)</translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="106"/>
        <source>Show “%1” on the room&apos;s view (3)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Näytä ”%1” huonenäkymässä (3)</translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="111"/>
        <source>Or type a short message</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tai kirjoita lyhyt viesti</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_message.py" line="113"/>
        <source>At most %n characters; Enter shows it on the room&apos;s view</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>Enintään %n merkki; Enter näyttää sen huonenäkymässä</numerusform>
            <numerusform>Enintään %n merkkiä; Enter näyttää sen huonenäkymässä</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="115"/>
        <source>Show</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Näytä</translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="116"/>
        <source>Show the typed message on the room&apos;s view</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Näytä kirjoitettu viesti huonenäkymässä</translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="117"/>
        <source>Clear</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="118"/>
        <source>Take the message off the room&apos;s view (0)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Poista viesti huonenäkymästä (0)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_message.py" line="120"/>
        <source>Cut to %n characters: a message to the room is read in a glance.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>Lyhennetty %n merkkiin: viesti luetaan yhdellä silmäyksellä.</numerusform>
            <numerusform>Lyhennetty %n merkkiin: viesti luetaan yhdellä silmäyksellä.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanBar</name>
    <message>
        <location filename="../../ui/plan_bar.py" line="22"/>
        <source>%1 min</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/plan_bar.py" line="24"/>
        <source>%1 s</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../ui/plan_bar.py" line="25"/>
        <source>%1 min %2 s</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/data_dialogs.py" line="37"/>
        <source>Choose the backup to restore (newest first). The current data is moved aside, not deleted.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Valitse palautettava varmuuskopio (uusin ensin). Nykyiset tiedot siirretään sivuun, niitä ei poisteta.</translation>
    </message>
</context>
<context>
    <name>RoomMessage</name>
    <message>
        <location filename="../../ui/room_message.py" line="28"/>
        <source>2 minutes left</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>2 minuuttia jäljellä</translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="28"/>
        <source>Please round off</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Alkakaa lopetella</translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="29"/>
        <source>Short break</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Lyhyt tauko</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <location filename="../../ui/room_view.py" line="64"/>
        <source>Room view</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;huonenäkymä&apos; for room view</translatorcomment>
        <translation>Huonenäkymä</translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="113"/>
        <source>Press Page Down again to end the meeting</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Lopeta kokous painamalla Page Down uudelleen</translation>
    </message>
    <message>
        <location filename="../../ui/room_header.py" line="30"/>
        <source>Step %1 of %2</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Vaihe %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/room_header.py" line="68"/>
        <source>Today&apos;s focus area: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tämän kerran painopistealue: %1</translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="162"/>
        <source>Planned %1 of %2 min</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Suunniteltu %1 / %2 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_view.py" line="164"/>
        <source>Planned %n min</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>Suunniteltu %n min</numerusform>
            <numerusform>Suunniteltu %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_view.py" line="167"/>
        <source>%n min behind</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>%n min jäljessä</numerusform>
            <numerusform>%n min jäljessä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_view.py" line="169"/>
        <source>%n min ahead</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>%n min edellä</numerusform>
            <numerusform>%n min edellä</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="171"/>
        <source>On time</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Aikataulussa</translation>
    </message>
    <message>
        <location filename="../../ui/room_clock.py" line="67"/>
        <source>Ready – press Space to start</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Valmis – aloita painamalla välilyöntiä</translation>
    </message>
    <message>
        <location filename="../../ui/room_clock.py" line="69"/>
        <location filename="../../ui/room_round.py" line="52"/>
        <source>❚❚ Paused</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>❚❚ Tauolla</translation>
    </message>
    <message>
        <location filename="../../ui/room_clock.py" line="73"/>
        <source>Over time – the clock keeps counting</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Yliaika – kello jatkaa laskemista</translation>
    </message>
    <message>
        <location filename="../../ui/room_clock.py" line="75"/>
        <source>▲ Time is almost up</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>▲ Aika on melkein lopussa</translation>
    </message>
    <message>
        <location filename="../../ui/room_body.py" line="68"/>
        <location filename="../../ui/room_round.py" line="49"/>
        <source>Next: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Seuraavaksi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/room_gathering.py" line="21"/>
        <source>Thank you</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kiitos</translation>
    </message>
    <message>
        <location filename="../../ui/room_gathering.py" line="22"/>
        <source>The meeting has ended</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tapaaminen on päättynyt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_view.py" line="238"/>
        <source>It took %n min</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>Kesto %n min</numerusform>
            <numerusform>Kesto %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/room_gathering.py" line="39"/>
        <source>The meeting starts in %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tapaaminen alkaa %1 kuluttua</translation>
    </message>
    <message>
        <location filename="../../ui/room_gathering.py" line="41"/>
        <source>Starts at %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Alkaa klo %1</translation>
    </message>
    <message>
        <location filename="../../ui/room_gathering.py" line="44"/>
        <source>It is %1 – press Space to start</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kello on %1 – aloita painamalla välilyöntiä</translation>
    </message>
    <message>
        <location filename="../../ui/room_round.py" line="75"/>
        <source>%1 (%2 of %3) · %4 left in this part</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1 (%2/%3) · tätä osaa jäljellä %4</translation>
    </message>
    <message>
        <location filename="../../ui/room_chips.py" line="40"/>
        <source>%1 passed</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1 ohitti vuoronsa</translation>
    </message>
    <message>
        <location filename="../../ui/room_chips.py" line="42"/>
        <source>%1 is away</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1 on poissa</translation>
    </message>
    <message>
        <location filename="../../ui/room_gathering.py" line="68"/>
        <location filename="../../ui/room_rows.py" line="134"/>
        <source>Expected: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Odotetaan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="175"/>
        <source>%1 of %2 min</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1 / %2 min</translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="179"/>
        <source>Ends %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Päättyy %1</translation>
    </message>
    <message>
        <location filename="../../ui/room_round.py" line="28"/>
        <source>Nobody takes a turn in this round</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tähän kierrokseen ei osallistu kukaan</translation>
    </message>
    <message>
        <location filename="../../ui/room_round.py" line="30"/>
        <source>✓ Round complete</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>✓ Kierros on valmis</translation>
    </message>
    <message>
        <location filename="../../ui/room_round.py" line="34"/>
        <source>The round</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kierros</translation>
    </message>
</context>
<context>
    <name>RoomWindow</name>
    <message>
        <location filename="../../ui/screens.py" line="31"/>
        <source>Runde – room view</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;huonenäkymä&apos; for room view</translatorcomment>
        <translation>Runde – huonenäkymä</translation>
    </message>
</context>
<context>
    <name>ScreenRouter</name>
    <message>
        <location filename="../../ui/screens.py" line="130"/>
        <source>Screen %1 (%2 × %3)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Näyttö %1 (%2 × %3)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="203"/>
        <location filename="../../ui/settings_dialog.py" line="276"/>
        <source>Hide Organisation / IT</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Piilota Organisaatio / IT</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="203"/>
        <location filename="../../ui/settings_dialog.py" line="277"/>
        <source>Organisation / IT…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Organisaatio / IT…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="231"/>
        <source>A team database server is in use: %1. The IT department looks after it.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tiimin yhteinen tietokantapalvelin on käytössä: %1. IT-osasto huolehtii siitä.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="234"/>
        <source>Everything is kept in this computer&apos;s own file.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kaikki tallennetaan tämän tietokoneen omaan tiedostoon.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="238"/>
        <source>Settings</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="239"/>
        <source>&amp;Language</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="239"/>
        <source>&amp;Colours</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>&amp;Värit</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="240"/>
        <source>&amp;Text size</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>&amp;Tekstin koko</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="240"/>
        <source>&amp;Flash</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Vä&amp;lähdys</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="241"/>
        <source>S&amp;ound</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ää&amp;ni</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="241"/>
        <source>&amp;Chime</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>&amp;Merkkiääni</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="241"/>
        <source>&amp;Volume</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>&amp;Äänenvoimakkuus</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="242"/>
        <source>&amp;Warning</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Va&amp;roitus</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="242"/>
        <source>&amp;Room&apos;s screen</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;huonenäkymä&apos; for room view</translatorcomment>
        <translation>&amp;Huonenäkymän näyttö</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="243"/>
        <source>&amp;Database server</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tietokanta&amp;palvelin</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="243"/>
        <source>Pass&amp;word</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>&amp;Salasana</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="246"/>
        <source>As the computer is set</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tietokoneen asetusten mukaan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="248"/>
        <source>Dark</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tumma</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="249"/>
        <source>High contrast: black, white and yellow</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Suuri kontrasti: musta, valkoinen ja keltainen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="250"/>
        <source>Soft</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Pehmeä</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="250"/>
        <source>Two tones</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kaksi säveltä</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="253"/>
        <source>By itself: the first screen that is not this one</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Automaattisesti: ensimmäinen näyttö, joka ei ole tämä</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="254"/>
        <source>Screen %1: %2 (%3 × %4)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Näyttö %1: %2 (%3 × %4)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="257"/>
        <source>A short flash when the time changes phase (off: nothing flashes or moves)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Lyhyt välähdys, kun aika vaihtaa vaihetta (pois: mikään ei välähdä eikä liiku)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="259"/>
        <source>A chime when time is almost up and when it is up</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Merkkiääni, kun aika on melkein lopussa ja kun se on lopussa</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="260"/>
        <source>&amp;Play</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>To&amp;ista</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="261"/>
        <source>Play the chime</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Toista merkkiääni</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="262"/>
        <source>Volume of the chime</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Merkkiäänen voimakkuus</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="263"/>
        <source>Text size of the windows on this computer</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tämän tietokoneen ikkunoiden tekstin koko</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="264"/>
        <source>The room&apos;s view always makes its text as large as the screen allows. Warnings are shown by words and shapes as well as colour.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;huonenäkymä&apos; for room view</translatorcomment>
        <translation>Huonenäkymä tekee tekstistä aina niin suuren kuin näyttö sallii. Varoitukset näytetään värin lisäksi sanoin ja muodoin.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="267"/>
        <source>Organisation / IT</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Organisaatio / IT</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="268"/>
        <source>The IT department sets this up when a team shares its meetings on a database server; leave it as it is unless they ask you to change it.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>IT-osasto määrittää tämän, kun tiimi jakaa kokouksensa tietokantapalvelimella; jätä se ennalleen, ellei sinua pyydetä muuttamaan sitä.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="272"/>
        <source>Database server: empty keeps everything in this computer&apos;s own file. A server (for example postgresql://name@server/runde?sslmode=verify-full) is used from the next start; the password is kept in the computer&apos;s keyring, never in a file.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tietokantapalvelin: jos kenttä on tyhjä, kaikki tallennetaan tämän tietokoneen omaan tiedostoon. Palvelinta (esimerkiksi postgresql://name@server/runde?sslmode=verify-full) käytetään seuraavasta käynnistyksestä alkaen; salasana säilytetään tietokoneen avainnipussa, ei koskaan tiedostossa.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="278"/>
        <source>Organisation / IT: the team database server</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Organisaatio / IT: tiimin tietokantapalvelin</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="280"/>
        <source>Empty: this computer&apos;s own file</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tyhjä: tämän tietokoneen oma tiedosto</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="281"/>
        <source>Database server address</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tietokantapalvelimen osoite</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="282"/>
        <source>Password for the database server</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tietokantapalvelimen salasana</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="292"/>
        <source>As the format says</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>Tapaamismallin mukaan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_dialog.py" line="294"/>
        <source>%n second(s) before the end of a step</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>%n sekunti ennen vaiheen loppua</numerusform>
            <numerusform>%n sekuntia ennen vaiheen loppua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_dialog.py" line="295"/>
        <source>%n minute(s) before the end of a step</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>%n minuutti ennen vaiheen loppua</numerusform>
            <numerusform>%n minuuttia ennen vaiheen loppua</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceBox</name>
    <message>
        <location filename="../../ui/format_widgets.py" line="115"/>
        <source>Source</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Lähde</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="116"/>
        <source>Title</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="116"/>
        <source>Publisher</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Julkaisija</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="117"/>
        <source>Address</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Osoite</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="117"/>
        <source>Language</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="118"/>
        <source>Note</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Huomautus</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="120"/>
        <source>Source: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Lähde: %1</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="131"/>
        <source>Danish</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tanska</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="131"/>
        <source>Norwegian Bokmål</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Norja (bokmål)</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="132"/>
        <source>Norwegian Nynorsk</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Norja (nynorsk)</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="132"/>
        <source>Swedish</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ruotsi</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="132"/>
        <source>Finnish</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Suomi</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="133"/>
        <source>English</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Englanti</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="134"/>
        <source>Icelandic</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Islanti</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="134"/>
        <source>German</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Saksa</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/start_screen.py" line="220"/>
        <source>New meeting</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Uusi tapaaminen</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="221"/>
        <source>&amp;Team</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>&amp;Tiimi</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="224"/>
        <source>Your team&apos;s name (remembered with its people)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tiimin nimi (muistetaan jäsenineen)</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="225"/>
        <source>Team</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tiimi</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="226"/>
        <source>&amp;Meeting series…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tapaamis&amp;sarjat…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="227"/>
        <source>The team&apos;s meeting dates, who takes part, a calendar file</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tiimin tapaamispäivät, osallistujat ja kalenteritiedosto</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="228"/>
        <source>The team: tick who is here</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tiimi: merkitse, ketkä ovat paikalla</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="229"/>
        <source>Untick anyone who is not here today</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Poista merkintä niiltä, jotka eivät ole tänään paikalla</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="230"/>
        <source>&amp;Format</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>Tapaamisen &amp;malli</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="234"/>
        <source>&amp;Who is here</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>&amp;Ketkä ovat paikalla</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="236"/>
        <source>One name per line, or separated by commas</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Yksi nimi riviä kohden tai pilkuilla erotettuina</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="237"/>
        <source>F&amp;acilitator</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>F&amp;asilitaattori</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="243"/>
        <source>Round &amp;starts with</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ensimmäisenä &amp;vuorossa</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="244"/>
        <source>The facilitator takes a turn in the round</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Fasilitaattori osallistuu kierrokseen</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="238"/>
        <source>Case &amp;presenters</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tapauksen &amp;esittäjät</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="239"/>
        <source>Case presenters</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tapauksen esittäjät</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="241"/>
        <source>Tick who presents the case: one or more. Arrow keys move, Space ticks.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Merkitse, kuka esittää tapauksen: yksi tai useampi. Nuolinäppäimet siirtävät, välilyönti merkitsee.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="245"/>
        <source>The case presenters take a turn in the round</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tapauksen esittäjät osallistuvat kierrokseen</translation>
    </message>
    <message>
        <location filename="../../ui/start_since_last.py" line="27"/>
        <source>Start with “What did you try since last time?”</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Aloita kysymyksellä ”Mitä olette kokeilleet viime kerran jälkeen?”</translation>
    </message>
    <message>
        <location filename="../../ui/start_since_last.py" line="29"/>
        <source>A first step of %1 min: what people tried since the last meeting, and the measures from last time. What is typed for it is printed on the sheets.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ensimmäinen %1 min vaihe: mitä osallistujat ovat kokeilleet edellisen tapaamisen jälkeen, ja edellisen kerran toimenpiteet. Siihen kirjoitettu tulostuu koosteisiin.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="247"/>
        <source>Start the meeting (Ctrl+Enter)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Aloita tapaaminen (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="248"/>
        <source>History and sheets…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;kooste&apos; for sheet</translatorcomment>
        <translation>Historia ja koosteet…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="249"/>
        <source>Learning visit…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: oppimiskäynti (learning visit)</translatorcomment>
        <translation>Oppimiskäynti…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="250"/>
        <source>Settings…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Asetukset…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="251"/>
        <source>Edit formats…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Muokkaa malleja…</translation>
    </message>
    <message>
        <location filename="../../ui/start_rotation.py" line="40"/>
        <source>Rotate the role: next in turn is %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Rooli kiertää: seuraavana vuorossa on %1</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="253"/>
        <source>Participants</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="231"/>
        <source>The team: tick who is &amp;here</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tiimi: merkitse, ketkä ovat &amp;paikalla</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="233"/>
        <source>E&amp;veryone here, guests too</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>&amp;Kaikki paikalla, myös vieraat</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="254"/>
        <source>Format</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>Tapaamisen malli</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="64"/>
        <source>The plan</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Suunnitelma</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="65"/>
        <source>The plan as a bar</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Suunnitelma palkkina</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="66"/>
        <source>Back to the format&apos;s times</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Takaisin muodon aikoihin</translation>
    </message>
    <message>
        <location filename="../../ui/start_rotation.py" line="36"/>
        <source>%1 has the role this time; next time: %2</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1 hoitaa roolin tällä kertaa; ensi kerralla: %2</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="442"/>
        <source>(nobody chosen)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>(ei valittu)</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="486"/>
        <location filename="../../ui/start_screen.py" line="487"/>
        <source>No formats are available.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tapaamismalleja ei ole saatavilla.</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="88"/>
        <source>Planned: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Suunniteltu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="91"/>
        <source>⚠ Planned: %1 of the usual %2 – %3 too long.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>⚠ Suunniteltu: %1 tavallisesta %2 – %3 liian pitkä.</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="96"/>
        <source>Planned: %1 of %2 – it fills the time exactly: there is no spare minute if a step runs over.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Suunniteltu: %1 / %2 – aika täyttyy tarkalleen: ylimääräistä minuuttia ei ole, jos jokin vaihe venyy.</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="99"/>
        <source>Planned: %1 of %2 – %3 to spare.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Suunniteltu: %1 / %2 – %3 varaa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/start_screen.py" line="510"/>
        <source>%1: %n turns of %2</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>%1: %n vuoro, %2</numerusform>
            <numerusform>%1: %n vuoroa, kukin %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="513"/>
        <source>%1: %2</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="122"/>
        <source>Applies at once: the plan becomes %1 of %2.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tulee voimaan heti: suunnitelmasta tulee %1 / %2.</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="127"/>
        <source>To make it fit (the new total in brackets):</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Jotta se mahtuu (uusi kokonaisaika suluissa):</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="139"/>
        <source>Leave the presenter out of the round (%1)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tapauksen esittäjä ei ole mukana kierroksella (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="141"/>
        <source>Leave the presenters out of the round (%1)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tapauksen esittäjät eivät ole mukana kierroksella (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="144"/>
        <source>“%1” %2 instead of %3 (%4)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>”%1” %2 eikä %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="148"/>
        <source>Turns of %1 (%2)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1 vuoroa kohden (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="150"/>
        <source>Leave out “%1” (%2)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Jätä pois ”%1” (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="159"/>
        <source>turns of %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1 vuoroa kohden</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="161"/>
        <source>“%1” %2</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>”%1” %2</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="166"/>
        <source>For this meeting: %1.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tähän tapaamiseen: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/start_notes.py" line="17"/>
        <source>Choose a facilitator first: this format needs one to lead the meeting.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Valitse ensin fasilitaattori: tämä muoto edellyttää jonkun, joka johtaa tapaamista.</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="171"/>
        <source>The plan is longer than usual</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Suunnitelma on tavallista pidempi</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="172"/>
        <source>The plan is %1, longer than the meeting&apos;s usual %2. Start anyway?</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Suunnitelma on %1, pidempi kuin tapaamisen tavallinen %2. Aloitetaanko silti?</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="176"/>
        <source>Start anyway</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Aloita silti</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="178"/>
        <source>Back to the plan</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Takaisin suunnitelmaan</translation>
    </message>
    <message>
        <location filename="../../ui/start_notes.py" line="24"/>
        <source>⚠ Nobody takes a turn in the round yet: add names, or the round is skipped.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>⚠ Kierrokseen ei vielä osallistu kukaan: lisää nimiä, muuten kierros ohitetaan.</translation>
    </message>
    <message>
        <location filename="../../ui/start_notes.py" line="26"/>
        <source>ℹ This format is meant for at least %1 people.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>ℹ Tämä malli on tarkoitettu vähintään %1 hengelle.</translation>
    </message>
    <message>
        <location filename="../../ui/start_notes.py" line="29"/>
        <source>ℹ This format is meant for at most %1 people.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;(tapaamis)malli&apos; for format</translatorcomment>
        <translation>ℹ Tämä malli on tarkoitettu enintään %1 hengelle.</translation>
    </message>
    <message>
        <location filename="../../ui/start_notes.py" line="32"/>
        <source>ℹ Choose a facilitator: the meeting needs someone to lead it.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>ℹ Valitse fasilitaattori: tapaaminen tarvitsee jonkun, joka ohjaa sitä.</translation>
    </message>
    <message>
        <location filename="../../ui/start_notes.py" line="37"/>
        <source>ℹ Some names were given twice; they are numbered (2), (3).</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>ℹ Joitakin nimiä annettiin kahdesti; ne numeroidaan (2), (3).</translation>
    </message>
    <message>
        <location filename="../../ui/start_notes.py" line="40"/>
        <source>ℹ Very long names were shortened.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>ℹ Hyvin pitkiä nimiä lyhennettiin.</translation>
    </message>
    <message>
        <location filename="../../ui/start_notes.py" line="42"/>
        <source>⚠ Only the first 200 names are used.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>⚠ Vain 200 ensimmäistä nimeä käytetään.</translation>
    </message>
</context>
<context>
    <name>TeamExportDialog</name>
    <message>
        <location filename="../../ui/data_dialogs.py" line="71"/>
        <source>Include confidential items and private observations (only for moving your own data to another computer)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ota mukaan luottamukselliset kohdat ja yksityiset havainnot (vain kun siirrät omia tietojasi toiselle tietokoneelle)</translation>
    </message>
</context>
<context>
    <name>TextLimit</name>
    <message>
        <location filename="../../ui/text_limit.py" line="52"/>
        <source>%1 / %2</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/text_limit.py" line="54"/>
        <source>%1 of at most %2 characters</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1 merkkiä, enintään %2</translation>
    </message>
    <message>
        <location filename="../../ui/text_limit.py" line="130"/>
        <source>The text in all has reached its limit of %1 characters. Shorten something to write more.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tekstiä on yhteensä enimmäismäärä, %1 merkkiä. Lyhennä jotakin, jos haluat kirjoittaa lisää.</translation>
    </message>
    <message>
        <location filename="../../ui/text_limit.py" line="134"/>
        <source>Text in all: %1 of at most %2 characters.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tekstiä yhteensä: %1 merkkiä, enintään %2.</translation>
    </message>
</context>
<context>
    <name>VisitEndBar</name>
    <message>
        <location filename="../../ui/meeting_end.py" line="189"/>
        <source>Write the learning points</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kirjoita opit</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="190"/>
        <source>Make the sheet…</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tee kooste…</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="191"/>
        <source>Back to the start screen</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Takaisin aloitusnäyttöön</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meeting_end.py" line="203"/>
        <source>%n learning point(s)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>
            <numerusform>%n oppi</numerusform>
            <numerusform>%n oppia</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="204"/>
        <source>No learning points yet</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ei vielä oppeja</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="205"/>
        <source>The learning visit is finished: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Oppimiskäynti on päättynyt: %1</translation>
    </message>
</context>
<context>
    <name>VisitWindow</name>
    <message>
        <location filename="../../ui/visit_window.py" line="99"/>
        <source>Runde – learning visit</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: oppimiskäynti (learning visit)</translatorcomment>
        <translation>Runde – oppimiskäynti</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="162"/>
        <source>1 · Check-in</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: alkukierros (check-in)</translatorcomment>
        <translation>1 · Alkukierros</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="162"/>
        <source>2 · The day</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>2 · Päivä</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="163"/>
        <source>3 · Learning meeting</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: oppimistapaaminen (learning meeting)</translatorcomment>
        <translation>3 · Oppimistapaaminen</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="166"/>
        <source>Learning agent</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: oppimisagentti (learning agent)</translatorcomment>
        <translation>Oppimisagentti</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="166"/>
        <source>Colleague being followed</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Seurattava kollega</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="166"/>
        <source>Date</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="167"/>
        <source>Day and hours</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Päivä ja kellonajat</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="167"/>
        <source>What the agent wants from the day</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: oppimisagentti (learning agent)</translatorcomment>
        <translation>Mitä oppimisagentti haluaa saada päivästä</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="168"/>
        <source>What the colleague suggests to focus on</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Mihin kollega ehdottaa keskittymään</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="169"/>
        <source>Ground rules (one per line)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Pelisäännöt (yksi riviä kohden)</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="169"/>
        <source>How the agent takes part</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: oppimisagentti (learning agent)</translatorcomment>
        <translation>Miten oppimisagentti osallistuu</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="173"/>
        <source>Whole day</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Koko päivä</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="173"/>
        <source>Half day</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Puoli päivää</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="178"/>
        <source>As a fly on the wall</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kärpäsenä katossa</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="179"/>
        <source>As a kind of intern</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Eräänlaisena harjoittelijana</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="182"/>
        <source>We both agree to the visit</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Hyväksymme molemmat käynnin</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="183"/>
        <source>The manager is informed</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Esihenkilölle on kerrottu</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="184"/>
        <source>An observation (Ctrl+O from anywhere, Enter saves it)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Havainto (Ctrl+O mistä tahansa, Enter tallentaa sen)</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="185"/>
        <source>New observation</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Uusi havainto</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="186"/>
        <source>Observations are private: they stay on this computer and out of every sheet unless you tick one to release it.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;kooste&apos; for sheet</translatorcomment>
        <translation>Havainnot ovat yksityisiä: ne pysyvät tällä tietokoneella eivätkä tule mihinkään koosteeseen, ellet valitse havaintoa jaettavaksi.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="189"/>
        <source>What did you see and hear?</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Mitä näit ja kuulit?</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="189"/>
        <source>What worked well?</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Mikä toimi hyvin?</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="190"/>
        <source>What could perhaps be done differently?</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Mitä olisi ehkä voinut tehdä toisin?</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="191"/>
        <source>What was it like to have a learning agent along?</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: oppimisagentti (learning agent)</translatorcomment>
        <translation>Millaista oli, kun oppimisagentti oli mukana?</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="192"/>
        <source>What thoughts has the day given you?</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Millaisia ajatuksia päivä herätti sinussa?</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="194"/>
        <source>Three learning points</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: opit/oppi (learning points)</translatorcomment>
        <translation>Kolme oppia</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="203"/>
        <source>Finish the visit</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Lopeta käynti</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="204"/>
        <source>Everything is saved; then make its sheet, or go back to the start screen</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Kaikki on tallennettu; tee sitten kooste tai palaa aloitusnäyttöön</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="362"/>
        <source>The sheet cannot be made now</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Koostetta ei voi tehdä nyt</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="363"/>
        <source>The learning visit cannot be read to make its sheet: %1 Everything typed is kept; try again in a moment.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Oppimiskäyntiä ei voi lukea koosteen tekemistä varten: %1 Kaikki kirjoitettu säilyy; yritä hetken päästä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="365"/>
        <source>it is not in the database.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>sitä ei ole tietokannassa.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="51"/>
        <source>%1 h</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1 t</translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="52"/>
        <source>%1 h %2 min</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1 t %2 min</translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="72"/>
        <source>The visit was on %1.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Oppimiskäynti oli %1.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="73"/>
        <source>The visit is planned for %1.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Oppimiskäynti on suunniteltu päivälle %1.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="168"/>
        <source>Some edits of the learning visit of %1 (%2 with %3) could not be saved before Runde closed. They were kept on this computer. Bring them back into that visit now?</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Joitakin oppimiskäynnin %1 (%2 ja %3) muutoksia ei voitu tallentaa ennen kuin Runde suljettiin. Ne säilytettiin tällä tietokoneella. Palautetaanko ne käyntiin nyt?</translation>
    </message>
    <message>
        <location filename="../../ui/visit_pages.py" line="174"/>
        <location filename="../../ui/visit_pages.py" line="175"/>
        <location filename="../../ui/visit_window.py" line="196"/>
        <location filename="../../ui/visit_window.py" line="197"/>
        <source>Learning point %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: opit/oppi (learning points)</translatorcomment>
        <translation>Oppi %1</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="198"/>
        <source>The day&apos;s observations</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Päivän havainnot</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="199"/>
        <source>Present them at a staff meeting on</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Esittele ne henkilöstökokouksessa päivänä</translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="112"/>
        <source>Next step</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Seuraava vaihe</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="217"/>
        <location filename="../../ui/visit_window.py" line="272"/>
        <source>Confidentiality</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Luottamuksellisuus</translation>
    </message>
    <message>
        <location filename="../../ui/visit_saving.py" line="182"/>
        <source>⚠ Not saved yet (%1); Runde keeps trying.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>⚠ Ei vielä tallennettu (%1); Runde yrittää edelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_saving.py" line="172"/>
        <source>✓ Everything is saved</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>✓ Kaikki on tallennettu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/visit_window.py" line="263"/>
        <source>%n learning point(s) so far; three is the usual aim.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; glossary (?) term: opit/oppi (learning points)</translatorcomment>
        <translation>
            <numerusform>%n oppi tähän mennessä; tavallisesti tavoitteena on kolme.</numerusform>
            <numerusform>%n oppia tähän mennessä; tavallisesti tavoitteena on kolme.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="113"/>
        <source>− 1 min</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>− 1 min</translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="114"/>
        <source>+ 1 min</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>+ 1 min</translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="115"/>
        <source>One minute less for this part</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Minuutti vähemmän tähän osaan</translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="117"/>
        <source>One minute more for this part</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Minuutti lisää tähän osaan</translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="127"/>
        <source>Time left for %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Aikaa jäljellä: %1</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="202"/>
        <source>Add a learning point</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Lisää oppi</translation>
    </message>
    <message>
        <location filename="../../ui/visit_saving.py" line="179"/>
        <source>Server not reachable: edits are kept on this computer and saved when it is back.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Palvelimeen ei saada yhteyttä: muutokset säilytetään tällä tietokoneella ja tallennetaan, kun yhteys palaa.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_observations.py" line="112"/>
        <location filename="../../ui/visit_observations.py" line="127"/>
        <source>not saved yet</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>ei vielä tallennettu</translation>
    </message>
    <message>
        <location filename="../../ui/visit_observations.py" line="132"/>
        <source>Ticked: released for sheets. Not ticked: private.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer; also unsure: &apos;kooste&apos; for sheet</translatorcomment>
        <translation>Valittu: saa tulla koosteisiin. Ei valittu: yksityinen.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_observations.py" line="134"/>
        <source>Not saved yet: kept on this computer and saved as soon as Runde can.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Ei vielä tallennettu: säilytetään tällä tietokoneella ja tallennetaan heti, kun Runde voi.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="64"/>
        <source>The day starts in %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Päivä alkaa %1 kuluttua</translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="69"/>
        <source>The planned day ended %1 ago</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Suunniteltu päivä päättyi %1 sitten</translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="66"/>
        <source>%1 gone · %2 left</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%1 kulunut · %2 jäljellä</translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="75"/>
        <source>(no focus agreed yet)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>(painopisteestä ei ole vielä sovittu)</translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="77"/>
        <source>Focus: %1</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Painopiste: %1</translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="130"/>
        <source>Start</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Aloita</translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="131"/>
        <source>Pause</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Tauko</translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="132"/>
        <source>Resume</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Jatka</translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="133"/>
        <source>Done</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Valmis</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../ui/cli/language.py" line="32"/>
        <source>usage: </source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>käyttö: </translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="33"/>
        <source>positional arguments</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>argumentit</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="34"/>
        <source>options</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>valitsimet</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="35"/>
        <source>show this help message and exit</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>näytä tämä ohje ja lopeta</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="36"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>%(prog)s: virhe: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="37"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>argumentti %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="38"/>
        <source>the following arguments are required: %s</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>seuraavat argumentit vaaditaan: %s</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="39"/>
        <source>one of the arguments %s is required</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>yksi argumenteista %s vaaditaan</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="40"/>
        <source>unrecognized arguments: %s</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>tuntemattomat argumentit: %s</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="41"/>
        <source>not allowed with argument %s</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>ei sallittu yhdessä argumentin %s kanssa</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="42"/>
        <source>expected one argument</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>odotettiin yhtä arvoa</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="43"/>
        <source>expected at most one argument</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>odotettiin enintään yhtä arvoa</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="44"/>
        <source>ignored explicit argument %r</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>arvo %r ohitettiin</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="45"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>moniselitteinen valitsin: %(option)s voi tarkoittaa %(matches)s</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="46"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>virheellinen %(type)s-arvo: %(value)r</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="47"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>virheellinen valinta: %(value)r (valitse näistä: %(choices)s)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../ui/cli/parser.py" line="16"/>
        <source>Runde: a meeting timer and reflection app for learning meetings.</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>Runde: tapaamisajastin ja reflektiosovellus oppimistapaamisiin.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="19"/>
        <location filename="../../ui/cli/parser.py" line="110"/>
        <location filename="../../ui/cli/parser.py" line="116"/>
        <source>FILE</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>TIEDOSTO</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="19"/>
        <location filename="../../ui/cli/parser.py" line="109"/>
        <source>TEAM</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>TIIMI</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="19"/>
        <source>NAME</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>NIMI</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="20"/>
        <source>NAMES</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>NIMET</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="21"/>
        <source>DATE</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>PÄIVÄ</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="23"/>
        <source>show Runde&apos;s version and exit</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>näytä Runden versio ja lopeta</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="24"/>
        <source>DIR</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>KANSIO</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="24"/>
        <source>keep everything Runde writes under DIR (a USB stick, a test)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>tallenna kaikki, mitä Runde kirjoittaa, kansioon KANSIO (USB-muistitikku, testi)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="26"/>
        <source>CODE</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>KOODI</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="27"/>
        <source>interface language: en, da, nb, sv or fi</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>käyttöliittymän kieli: en, da, nb, sv tai fi</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="28"/>
        <source>use a PostgreSQL server instead of this computer&apos;s own file, e.g. postgresql://user@host/runde?sslmode=verify-full (the password from RUNDE_DB_PASSWORD or the keyring)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>käytä PostgreSQL-palvelinta tämän tietokoneen oman tiedoston sijaan, esim. postgresql://user@host/runde?sslmode=verify-full (salasana ympäristömuuttujasta RUNDE_DB_PASSWORD tai avainnipusta)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="33"/>
        <source>open straight into a meeting, ready to start</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>avaa suoraan tapaaminen valmiina aloitettavaksi</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="34"/>
        <source>FORMAT</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>MALLI</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="35"/>
        <source>format id (see: runde formats list)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>tapaamismallin tunnus (katso: runde formats list)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="37"/>
        <source>names separated by commas</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>nimet pilkuilla erotettuina</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="38"/>
        <source>who leads the meeting; one of --participants</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>kuka johtaa tapaamista (fasilitaattori); yksi --participants-luettelosta</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="40"/>
        <source>the case presenter, or several separated by commas; each must be one of --participants</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>tapauksen esittäjä tai useampi pilkuilla erotettuina; jokaisen on oltava --participants-luettelossa</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="42"/>
        <source>the team: remembered, and the round opens with the next person each time</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>tiimi: muistetaan, ja kierros alkaa joka kerta seuraavasta henkilöstä</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="45"/>
        <source>screen number for the room&apos;s view (1 is the first)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>huonenäkymän näytön numero (1 on ensimmäinen)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="46"/>
        <source>open a new learning visit&apos;s check-in</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>avaa uuden oppimiskäynnin alkukierros</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="47"/>
        <source>the learning agent</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>oppimisagentti</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="49"/>
        <source>the colleague being followed</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>seurattava kollega</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="50"/>
        <source>list, export or import meeting formats</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>listaa, vie tai tuo tapaamismalleja</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="52"/>
        <source>one format a line, its id first</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>yksi malli riviä kohden, tunnus ensin</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="53"/>
        <source>write a format to a file to share</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>kirjoita malli tiedostoon jaettavaksi</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="54"/>
        <source>the format&apos;s id (see: runde formats list)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>tapaamismallin tunnus (katso: runde formats list)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="55"/>
        <location filename="../../ui/cli/parser.py" line="74"/>
        <location filename="../../ui/cli/parser.py" line="111"/>
        <source>the file to write</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>kirjoitettava tiedosto</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="56"/>
        <source>check a format file and add it</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>tarkista mallitiedosto ja lisää se</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="57"/>
        <source>the format file to read</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>luettava mallitiedosto</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="58"/>
        <source>write a sheet without opening a window</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>kirjoita kooste avaamatta ikkunaa</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="60"/>
        <source>one meeting&apos;s sheet: its number, or latest</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>yhden tapaamisen kooste: sen numero tai latest (viimeisin)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="62"/>
        <source>one learning visit&apos;s sheet: its number, or latest</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>yhden oppimiskäynnin kooste: sen numero tai latest (viimeisin)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="64"/>
        <source>a team&apos;s sheet of its learning points over a time (no name: the only team)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>tiimin kooste sen opeista tietyltä ajalta (ilman nimeä: ainoa tiimi)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="66"/>
        <source>with --team: from this date (YYYY-MM-DD), or last-sheet: what is new since the team&apos;s last sheet (the default)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>--team-valitsimen kanssa: tästä päivästä alkaen (VVVV-KK-PP) tai last-sheet: mikä on uutta tiimin edellisen koosteen jälkeen (oletus)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="69"/>
        <source>with --team: up to this date (YYYY-MM-DD; the default is today)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>--team-valitsimen kanssa: tähän päivään asti (VVVV-KK-PP; oletus on tänään)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="71"/>
        <source>pdf to print, odt to edit (LibreOffice, Word), md text, csv a spreadsheet</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>pdf tulostettavaksi, odt muokattavaksi (LibreOffice, Word), md tekstinä, csv taulukkona</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="76"/>
        <source>also export items marked confidential</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>vie myös luottamukselliseksi merkityt kohdat</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="77"/>
        <source>show names as initials</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>näytä nimet nimikirjaimina</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="79"/>
        <source>add the planned and actual times</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>lisää suunnitellut ja toteutuneet ajat</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="80"/>
        <source>write a team&apos;s meeting series as a calendar file (.ics)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>kirjoita tiimin tapaamissarja kalenteritiedostoksi (.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="83"/>
        <source>the team (may be left out when there is only one)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>tiimi (voi jättää pois, kun tiimejä on vain yksi)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="85"/>
        <source>the calendar file to write (.ics)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>kirjoitettava kalenteritiedosto (.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="87"/>
        <source>times in UTC, for a calendar program that ignores time zones</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>ajat UTC-ajassa kalenteriohjelmalle, joka ei huomioi aikavyöhykkeitä</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="88"/>
        <source>move a team&apos;s history between this computer&apos;s file and a database server, counted table by table</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>siirrä tiimin historia tämän tietokoneen tiedoston ja tietokantapalvelimen välillä, taulu kerrallaan laskien</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="91"/>
        <location filename="../../ui/cli/parser.py" line="109"/>
        <source>the team&apos;s name</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>tiimin nimi</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="93"/>
        <source>where to: a server URL, or local for this computer&apos;s own file</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>minne: palvelimen osoite (URL) tai local tämän tietokoneen omaa tiedostoa varten</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="95"/>
        <source>where from (default: the database Runde uses)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>mistä (oletus: tietokanta, jota Runde käyttää)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="97"/>
        <source>remove the team where it came from once the copy is checked</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>poista tiimi lähtöpaikasta, kun kopio on tarkistettu</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="104"/>
        <source>save a team&apos;s whole history as one file, or bring one in</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>tallenna tiimin koko historia yhdeksi tiedostoksi tai tuo sellainen</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="107"/>
        <source>write a team&apos;s whole history to a file (as History saves it)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>kirjoita tiimin koko historia tiedostoon (kuten Historia sen tallentaa)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="112"/>
        <source>also write confidential items and private observations (only to move your own data)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>kirjoita myös luottamukselliset kohdat ja yksityiset havainnot (vain omien tietojen siirtämiseen)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="114"/>
        <source>check a team file and bring it in whole, or nothing of it (a name in use gets a number)</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>tarkista tiimitiedosto ja tuo se kokonaan tai ei lainkaan (käytössä oleva nimi saa numeron)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="117"/>
        <source>the team file to read</source>
        <translatorcomment>review: Finnish draft, needs a native reviewer</translatorcomment>
        <translation>luettava tiimitiedosto</translation>
    </message>
</context>
</TS>
