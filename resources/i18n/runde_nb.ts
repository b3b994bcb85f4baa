<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name></name>
    <message>
        <location filename="../../ui/store_opening.py" line="143"/>
        <source>Runde is already open</source>
        <translation>Runde er allerede åpen</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="144"/>
        <source>Runde is already open on this computer with the same data. Switch to that window (it may be on another screen) instead of starting it twice.</source>
        <translation>Runde er allerede åpen på denne datamaskinen med de samme dataene. Bytt til det vinduet (det kan være på en annen skjerm) i stedet for å starte programmet to ganger.</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="148"/>
        <source>A newer Runde wrote this data</source>
        <translation>En nyere versjon av Runde har lagret disse dataene</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="159"/>
        <location filename="../../ui/store_opening.py" line="149"/>
        <source>The data was saved by a newer version of Runde. This version leaves it untouched. Please install the newer version.</source>
        <translation>Dataene ble lagret av en nyere versjon av Runde. Denne versjonen lar dem være urørt. Installer den nyere versjonen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="120"/>
        <location filename="../../ui/store_opening.py" line="181"/>
        <source>Another program is using Runde&apos;s data in %1 (perhaps a database tool, or a backup or sync program). Nothing was moved or changed. Close that program and start Runde again.</source>
        <translation>Et annet program bruker Rundes data i %1 (kanskje et databaseverktøy eller et program for sikkerhetskopi eller synkronisering). Ingenting ble flyttet eller endret. Lukk det programmet og start Runde på nytt.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="123"/>
        <location filename="../../ui/store_opening.py" line="185"/>
        <source>The disk that holds %1 is full. Free some space there, or choose another folder with --data-dir. Nothing was moved or changed.</source>
        <translation>Disken med %1 er full. Frigjør plass der, eller velg en annen mappe med --data-dir. Ingenting ble flyttet eller endret.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="125"/>
        <location filename="../../ui/store_opening.py" line="188"/>
        <source>Runde cannot write in %1: choose another folder with --data-dir or make it writable. Nothing was moved or changed.</source>
        <translation>Runde kan ikke skrive i %1: velg en annen mappe med --data-dir, eller gjør den skrivbar. Ingenting ble flyttet eller endret.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="127"/>
        <location filename="../../ui/store_opening.py" line="191"/>
        <source>Runde cannot read or write its data in %1 (%2). Check the disk, or choose another folder with --data-dir. Nothing was moved or changed.</source>
        <translation>Runde kan ikke lese eller skrive dataene sine i %1 (%2). Kontroller disken, eller velg en annen mappe med --data-dir. Ingenting ble flyttet eller endret.</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="33"/>
        <location filename="../../ui/store_opening.py" line="156"/>
        <location filename="../../ui/store_opening.py" line="161"/>
        <source>Runde cannot open its data</source>
        <translation>Runde kan ikke åpne dataene sine</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="165"/>
        <location filename="../../ui/store_opening.py" line="34"/>
        <source>The database setting cannot be used: %1</source>
        <translation>Databaseinnstillingen kan ikke brukes: %1</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="81"/>
        <source>Runde cannot work offline</source>
        <translation>Runde kan ikke arbeide frakoblet</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="82"/>
        <source>Runde cannot note what is done offline, to send it to the team server later: %1. Nothing was changed.</source>
        <translation>Runde kan ikke notere hva som gjøres frakoblet, slik at det kan sendes til teamets server senere: %1. Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="44"/>
        <source>Working offline, in this computer&apos;s own file: the team server %1 could not be reached. What you do now is sent to it the next time Runde starts and reaches it.</source>
        <translation>Du arbeider frakoblet i denne datamaskinens egen fil: teamets server %1 kunne ikke nås. Det du gjør nå, sendes dit neste gang Runde starter og når den.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="34"/>
        <location filename="../../ui/offline_work.py" line="61"/>
        <location filename="../../ui/offline_work.py" line="86"/>
        <location filename="../../ui/offline_work.py" line="106"/>
        <location filename="../../ui/offline_work.py" line="110"/>
        <source>Work done offline</source>
        <translation>Arbeid gjort frakoblet</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="35"/>
        <source>Runde cannot note this for sending to the team server later: %1. It is kept in this computer&apos;s own file; “runde move-team” can bring a team&apos;s history to the server.</source>
        <translation>Runde kan ikke notere dette slik at det kan sendes til teamets server senere: %1. Det tas vare på i denne datamaskinens egen fil; “runde move-team” kan flytte et teams historikk til serveren.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="62"/>
        <source>Runde cannot read its note of what was done offline on this computer (%1). Nothing was sent; the note is left as it is.</source>
        <translation>Runde kan ikke lese notatet om hva som ble gjort frakoblet på denne datamaskinen (%1). Ingenting ble sendt; notatet er latt være som det er.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="71"/>
        <source>The work done offline cannot be read from this computer&apos;s own file: %1. Nothing was sent; Runde asks again at the next start.</source>
        <translation>Det som ble gjort frakoblet, kan ikke leses fra denne datamaskinens egen fil: %1. Ingenting ble sendt; Runde spør igjen ved neste oppstart.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="77"/>
        <source>The work done offline could not be sent: %1. Nothing was sent; Runde asks again at the next start.</source>
        <translation>Det som ble gjort frakoblet, kunne ikke sendes: %1. Ingenting ble sendt; Runde spør igjen ved neste oppstart.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="107"/>
        <source>The work done offline was sent, but its note could not be set aside (%1). Runde will offer it again; sending it again changes nothing.</source>
        <translation>Det som ble gjort frakoblet, er sendt, men notatet kunne ikke legges til side (%1). Runde tilbyr det igjen; å sende det igjen endrer ingenting.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="111"/>
        <source>Sent to the team server: %1. It is in the team&apos;s history there now; this computer keeps its own copy.</source>
        <translation>Sendt til teamets server: %1. Det er nå i teamets historikk der; denne datamaskinen beholder sin egen kopi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/offline_work.py" line="118"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n møte</numerusform>
            <numerusform>%n møter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/offline_work.py" line="119"/>
        <source>%n learning visit(s)</source>
        <translation>
            <numerusform>%n læringsbesøk</numerusform>
            <numerusform>%n læringsbesøk</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="121"/>
        <source>%1 and %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="122"/>
        <source>nothing new</source>
        <translation>ingenting nytt</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="127"/>
        <source>Send the work done offline?</source>
        <translation>Sende det som ble gjort frakoblet?</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="128"/>
        <source>While the team server could not be reached (from %1), Runde worked in this computer&apos;s own file: %2. Send it to the team server now? Nothing is removed from this computer.</source>
        <translation>Mens teamets server ikke kunne nås (fra %1), arbeidet Runde i denne datamaskinens egen fil: %2. Sende det til teamets server nå? Ingenting fjernes fra denne datamaskinen.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="131"/>
        <source>Send now</source>
        <translation>Send nå</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="132"/>
        <source>Later</source>
        <translation>Senere</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="103"/>
        <source>The database server cannot be reached</source>
        <translation>Får ikke kontakt med databaseserveren</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="58"/>
        <source>The database server refused the login</source>
        <translation>Databaseserveren avviste påloggingen</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="132"/>
        <source>The database server %1 refused the user name or password. Set the password in Settings…, or in the environment variable RUNDE_DB_PASSWORD.</source>
        <translation>Databaseserveren %1 avviste brukernavnet eller passordet. Angi passordet under Innstillinger… eller i miljøvariabelen RUNDE_DB_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="108"/>
        <source>Try again</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="110"/>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="162"/>
        <source>Runde could not open its data folder:
%1

Nothing was changed.</source>
        <translation>Runde kunne ikke åpne datamappen sin:
%1

Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="169"/>
        <source>Data on a network drive</source>
        <translation>Data på en nettverksstasjon</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="170"/>
        <source>Runde&apos;s data is on a network drive. Databases can be damaged there; keep the data on this computer (or use --data-dir with a local folder).</source>
        <translation>Dataene til Runde ligger på en nettverksstasjon. Der kan dataene bli skadet; lagre dataene på denne datamaskinen (eller bruk --data-dir med en lokal mappe).</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="162"/>
        <location filename="../../ui/store_opening.py" line="199"/>
        <source>Runde&apos;s database was damaged, perhaps by a crash or a full disk. It was moved aside, not deleted:
%1</source>
        <translation>Databasen til Runde ble skadet, kanskje av et krasj eller en full disk. Den er flyttet til side, ikke slettet:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="202"/>
        <location filename="../../ui/store_opening.py" line="206"/>
        <location filename="../../ui/store_opening.py" line="216"/>
        <source>The data was damaged</source>
        <translation>Dataene ble skadet</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="203"/>
        <source>There is no backup to restore. Runde starts with empty data.</source>
        <translation>Det finnes ingen sikkerhetskopi å gjenopprette. Runde starter uten data.</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="207"/>
        <source>Restore the newest good backup, from %1?</source>
        <translation>Vil du gjenopprette den nyeste gode sikkerhetskopien fra %1?</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="157"/>
        <source>Some edits of the meeting of %1 could not be saved before Runde closed (%2). They were kept on this computer. Bring them back into that meeting now?</source>
        <translation>Noen endringer fra møtet %1 kunne ikke lagres før Runde ble lukket (%2). De ble tatt vare på på denne datamaskinen. Vil du føre dem tilbake til møtet nå?</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="159"/>
        <source>no case title</source>
        <translation>ingen tittel på casen</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="66"/>
        <location filename="../../ui/recovery.py" line="73"/>
        <location filename="../../ui/recovery.py" line="160"/>
        <location filename="../../ui/recovery.py" line="172"/>
        <source>Edits that were not saved</source>
        <translation>Endringer som ikke ble lagret</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="218"/>
        <source>They could not be brought back now: %1 They stay in %2.</source>
        <translation>De kunne ikke føres tilbake nå: %1 De blir liggende i %2.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="224"/>
        <source>A file of edits that were not saved cannot be read; it is left where it is: %1</source>
        <translation>En fil med endringer som ikke ble lagret, kan ikke leses; den blir liggende der den er: %1</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="104"/>
        <source>Runde cannot reach the database server %1. Check the network connection, or ask the IT department whether the server is running. Nothing was changed.

You can also work offline: Runde then keeps what you do in this computer&apos;s own file and sends it to the server the next time it starts and reaches it.</source>
        <translation>Runde når ikke databaseserveren %1. Sjekk nettverkstilkoblingen, eller spør IT-avdelingen om serveren kjører. Ingenting ble endret.

Du kan også arbeide frakoblet: Runde tar da vare på det du gjør i denne datamaskinens egen fil og sender det til serveren neste gang Runde starter og når den.</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="109"/>
        <source>Work offline</source>
        <translation>Arbeid frakoblet</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="136"/>
        <source>Connecting to the team&apos;s database server %1…</source>
        <translation>Kobler til teamets databaseserver %1…</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="167"/>
        <source>Runde&apos;s data is read-only</source>
        <translation>Rundes data er skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="208"/>
        <source>Resume the meeting?</source>
        <translation>Vil du fortsette møtet?</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="209"/>
        <source>A meeting was still running when Runde stopped a moment ago. Resume it where it was (paused, with the time that passed shown), or end it there?</source>
        <translation>Et møte pågikk fortsatt da Runde stoppet for et øyeblikk siden. Vil du fortsette der det slapp (satt på pause, med tiden som har gått), eller avslutte det der?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recovery.py" line="212"/>
        <source>A meeting was still running when Runde stopped, %n minute(s) ago. Resume it where it was (paused, with the time that passed shown), or end it there?</source>
        <translation>
            <numerusform>Et møte var fortsatt i gang da Runde stoppet for %n minutt siden. Vil du fortsette møtet der det slapp (på pause, og med tiden som har gått), eller avslutte det der?</numerusform>
            <numerusform>Et møte var fortsatt i gang da Runde stoppet for %n minutter siden. Vil du fortsette møtet der det slapp (på pause, og med tiden som har gått), eller avslutte det der?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recovery.py" line="214"/>
        <source>A meeting started on another computer has not been saved there for %n minute(s): Runde there may have stopped. Resume it here (paused, with the time that passed shown), end it there, or leave it?</source>
        <translation>
            <numerusform>Et møte som ble startet på en annen datamaskin, er ikke lagret der på %n minutt: Runde der kan ha stoppet. Vil du fortsette det her (på pause, med tiden som har gått), avslutte det der eller la det være?</numerusform>
            <numerusform>Et møte som ble startet på en annen datamaskin, er ikke lagret der på %n minutter: Runde der kan ha stoppet. Vil du fortsette det her (på pause, med tiden som har gått), avslutte det der eller la det være?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="217"/>
        <source>Resume</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="218"/>
        <source>End it there</source>
        <translation>Avslutt det der</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="221"/>
        <source>Leave it</source>
        <translation>La det være</translation>
    </message>
    <message>
        <location filename="../../ui/app_windows.py" line="30"/>
        <location filename="../../ui/app_windows.py" line="126"/>
        <location filename="../../ui/meeting_start.py" line="220"/>
        <location filename="../../ui/meeting_start.py" line="242"/>
        <location filename="../../ui/second_start.py" line="108"/>
        <source>Runde</source>
        <translation>Runde</translation>
    </message>
    <message>
        <location filename="../../ui/app_windows.py" line="126"/>
        <source>The learning-visit format is missing.</source>
        <translation>Formatet for læringsbesøk mangler.</translation>
    </message>
    <message>
        <location filename="../../ui/app_windows.py" line="141"/>
        <source>The learning visit cannot be opened now: %1</source>
        <translation>Læringsbesøket kan ikke åpnes nå: %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_windows.py" line="143"/>
        <source>it is no longer there.</source>
        <translation>det finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../ui/app_windows.py" line="146"/>
        <source>Runde – learning visit (offline, in this computer&apos;s own file)</source>
        <translation>Runde – læringsbesøk (frakoblet, i denne datamaskinens egen fil)</translation>
    </message>
    <message>
        <location filename="../../ui/app_windows.py" line="174"/>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <location filename="../../ui/app_windows.py" line="175"/>
        <source>The history cannot be shown now: %1</source>
        <translation>Historikken kan ikke vises nå: %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_settings.py" line="51"/>
        <location filename="../../ui/app_settings.py" line="54"/>
        <location filename="../../ui/app_settings.py" line="67"/>
        <source>The database setting was not saved</source>
        <translation>Databaseinnstillingen ble ikke lagret</translation>
    </message>
    <message>
        <location filename="../../ui/app_settings.py" line="74"/>
        <source>The password was not saved</source>
        <translation>Passordet ble ikke lagret</translation>
    </message>
    <message>
        <location filename="../../ui/app_settings.py" line="75"/>
        <source>This computer has no keyring to keep the password in. Set the environment variable RUNDE_DB_PASSWORD instead; the password is never written into a file.</source>
        <translation>Denne datamaskinen har ingen nøkkelring å lagre passordet i. Angi miljøvariabelen RUNDE_DB_PASSWORD i stedet; passordet skrives aldri i en fil.</translation>
    </message>
    <message>
        <location filename="../../ui/app_settings.py" line="94"/>
        <source>Settings not saved</source>
        <translation>Innstillingene ble ikke lagret</translation>
    </message>
    <message>
        <location filename="../../ui/app_settings.py" line="95"/>
        <source>The settings apply now but could not be saved for next time: %1</source>
        <translation>Innstillingene gjelder nå, men de kunne ikke lagres til neste gang: %1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="204"/>
        <source>The learning visit cannot start</source>
        <translation>Læringsbesøket kan ikke starte</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="205"/>
        <source>A learning visit cannot be started, because it could not be saved. %1</source>
        <translation>Et læringsbesøk kan ikke startes, fordi det ikke kunne lagres. %1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="208"/>
        <source>The meeting cannot start</source>
        <translation>Møtet kan ikke starte</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="209"/>
        <source>A meeting cannot be started, because it could not be saved. %1</source>
        <translation>Møtet kan ikke startes, fordi det ikke kunne lagres. %1</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_start.py" line="128"/>
        <source>The meeting is not being saved</source>
        <translation>Møtet blir ikke lagret</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_start.py" line="129"/>
        <source>The meeting runs, but Runde cannot save it: %1</source>
        <translation>Møtet går, men Runde kan ikke lagre det: %1</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_start.py" line="221"/>
        <location filename="../../ui/single_instance.py" line="141"/>
        <source>There is no format with the id &apos;%1&apos;. Choose one on the start screen.</source>
        <translation>Det finnes ikke noe format med id &apos;%1&apos;. Velg et på startskjermen.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_start.py" line="228"/>
        <source>--participants: a meeting takes at most %1 people; only the first %1 take part, the rest are left out.</source>
        <translation>--participants: et møte kan ha høyst %1 personer; bare de første %1 deltar, resten utelates.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_start.py" line="233"/>
        <location filename="../../ui/single_instance.py" line="145"/>
        <source>runde run: --facilitator must be one of the names in --participants.</source>
        <translation>runde run: --facilitator må være et av navnene i --participants.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_start.py" line="235"/>
        <location filename="../../ui/single_instance.py" line="146"/>
        <source>runde run: the format &apos;%1&apos; needs a facilitator: name one of --participants with --facilitator NAME.</source>
        <translation>runde run: formatet &apos;%1&apos; krever en fasilitator: oppgi en av --participants med --facilitator NAVN.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_start.py" line="243"/>
        <location filename="../../ui/single_instance.py" line="152"/>
        <source>--presenter: &apos;%1&apos; is not one of --participants. Choose the presenters on the start screen.</source>
        <translation>--presenter: &apos;%1&apos; er ikke en av --participants. Velg hvem som legger fram casen, på startskjermen.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="240"/>
        <source>Some formats could not be used</source>
        <translation>Noen formater kunne ikke brukes</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="316"/>
        <source>No backup was made</source>
        <translation>Det ble ikke tatt noen sikkerhetskopi</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="317"/>
        <source>Runde could not make its start-up backup: %1</source>
        <translation>Runde kunne ikke ta sikkerhetskopien ved oppstart: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="36"/>
        <source>The team is already there: choose another place with --to.</source>
        <translation>Teamet er der allerede: velg et annet sted med --to.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="39"/>
        <source>Copying &apos;%1&apos; to %2 and checking every table; a large team takes a while…</source>
        <translation>Kopierer &apos;%1&apos; til %2 og kontrollerer hver tabell; et stort team tar litt tid…</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="43"/>
        <location filename="../../ui/cli/team.py" line="64"/>
        <source>No team called &apos;%1&apos; there.</source>
        <translation>Det finnes ikke noe team som heter &apos;%1&apos; der.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="47"/>
        <source>&apos;%1&apos; was copied to %2 and checked, but could not be removed from %3: it is still there, whole.</source>
        <translation>&apos;%1&apos; ble kopiert til %2 og kontrollert, men kunne ikke fjernes fra %3: det er der fortsatt, helt.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="51"/>
        <source>The team was not moved: %1</source>
        <translation>Teamet ble ikke flyttet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="58"/>
        <source>Moved &apos;%1&apos; to %2; every table counted the same on both sides.</source>
        <translation>Flyttet &apos;%1&apos; til %2; alle tabeller hadde samme antall på begge sider.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="60"/>
        <source>Copied &apos;%1&apos; to %2; every table counted the same on both sides.</source>
        <translation>Kopierte &apos;%1&apos; til %2; alle tabeller hadde samme antall på begge sider.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/formats.py" line="61"/>
        <source>The teams&apos; own formats are left out: %1</source>
        <translation>Teamenes egne formater er utelatt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cli/formats.py" line="79"/>
        <source>%n step(s), about %1 min</source>
        <translatorcomment>review: not a plural message in the .ts, so worded without a singular/plural form</translatorcomment>
        <translation>
            <numerusform>%n punkt, ca. %1 min</numerusform>
            <numerusform>%n punkter, ca. %1 min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cli/formats.py" line="80"/>
        <source>%n step(s), no fixed length</source>
        <translation>
            <numerusform>%n punkt, ingen fast lengde</numerusform>
            <numerusform>%n punkter, ingen fast lengde</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="110"/>
        <source>A series could not be read and is left out: %1</source>
        <translation>En serie kunne ikke leses og er utelatt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="113"/>
        <source>The team &apos;%1&apos; has no meeting series yet. Set one up with Meeting series… on the start screen.</source>
        <translation>Teamet &apos;%1&apos; har ingen møteserie ennå. Opprett en med Møteserier… på startskjermen.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="101"/>
        <location filename="../../ui/cli/commands.py" line="124"/>
        <source>The calendar was not written: %1</source>
        <translation>Kalenderen ble ikke skrevet: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cli/commands.py" line="126"/>
        <source>Wrote %n meeting(s) to %1</source>
        <translation>
            <numerusform>Skrev %n møte til %1</numerusform>
            <numerusform>Skrev %n møter til %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cli/formats.py" line="83"/>
        <source>Refused: %1</source>
        <translation>Avvist: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/formats.py" line="91"/>
        <source>No format with the id &apos;%1&apos;. See: runde formats list</source>
        <translation>Fant ikke noe format med id &apos;%1&apos;. Se: runde formats list</translation>
    </message>
    <message>
        <location filename="../../ui/cli/formats.py" line="98"/>
        <location filename="../../ui/cli/team.py" line="40"/>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="113"/>
        <location filename="../../ui/cli/formats.py" line="101"/>
        <location filename="../../ui/cli/team.py" line="68"/>
        <source>Wrote %1</source>
        <translation>Skrev %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/formats.py" line="109"/>
        <source>The format was not imported: %1</source>
        <translation>Formatet ble ikke importert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/formats.py" line="112"/>
        <source>Could not save the format: %1</source>
        <translation>Kunne ikke lagre formatet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/formats.py" line="114"/>
        <source>Imported &apos;%1&apos; (%2)</source>
        <translation>Importerte &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="32"/>
        <source>No such learning visit: %1</source>
        <translation>Læringsbesøket finnes ikke: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="40"/>
        <source>No such meeting: %1</source>
        <translation>Møtet finnes ikke: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="107"/>
        <location filename="../../ui/cli/export.py" line="48"/>
        <source>Name the team with --team (known teams: %1)</source>
        <translation>Oppgi teamet med --team (kjente team: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="92"/>
        <location filename="../../ui/cli/export.py" line="77"/>
        <source>Runde&apos;s data cannot be opened: %1</source>
        <translation>Dataene til Runde kan ikke åpnes: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="89"/>
        <source>Nothing to export: %1</source>
        <translation>Ingenting å eksportere: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="63"/>
        <source>Note: these characters cannot be printed and will be missing: %1</source>
        <translation>Merk: disse tegnene kan ikke skrives ut og vil mangle: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="67"/>
        <source>Note: right-to-left text (%1) is printed in the PDF in left-to-right order, its letters not joined.</source>
        <translation>Merk: tekst som leses fra høyre mot venstre (%1), skrives ut i PDF-en fra venstre mot høyre, og bokstavene bindes ikke sammen.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="92"/>
        <location filename="../../ui/cli/export.py" line="102"/>
        <source>The sheet was not written: %1</source>
        <translation>Oversikten ble ikke skrevet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="109"/>
        <source>Wrote %1, but it could not be noted in %2 as the team&apos;s last sheet: the next staff sheet starts where this one did. Run the command again to note it.</source>
        <translation>%1 ble skrevet, men kunne ikke noteres i %2 som teamets siste oversikt: neste personalmøteoversikt starter der denne gjorde. Kjør kommandoen igjen for å notere den.</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="104"/>
        <source>Page Down, →</source>
        <translation>Page Down, →</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="104"/>
        <source>Next speaker in the round, otherwise next step</source>
        <translation>Neste taler i runden, ellers neste punkt</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="105"/>
        <source>Page Down twice</source>
        <translation>Page Down to ganger</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="105"/>
        <source>At the last step: end the meeting (Page Up: go on)</source>
        <translation>Ved siste punkt: avslutt møtet (Page Up: fortsett)</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="106"/>
        <source>Page Up, ←</source>
        <translation>Page Up, ←</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="106"/>
        <source>Back to the previous speaker or step</source>
        <translation>Tilbake til forrige taler eller punkt</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="107"/>
        <source>Space</source>
        <translation>Mellomrom</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="107"/>
        <source>Start, pause, resume</source>
        <translation>Start, pause, fortsett</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="108"/>
        <source>+  /  −</source>
        <translation>+  /  −</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="108"/>
        <source>One minute more / less</source>
        <translation>Ett minutt mer / mindre</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="109"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="109"/>
        <source>The speaker passes</source>
        <translation>Den som har ordet, står over</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="110"/>
        <source>B  or  .</source>
        <translation>B  eller  .</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="110"/>
        <source>Black screen, and back</source>
        <translation>Svart skjerm og tilbake</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="111"/>
        <source>F5  /  Esc</source>
        <translation>F5  /  Esc</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="111"/>
        <source>Full screen / leave full screen</source>
        <translation>Fullskjerm / avslutt fullskjerm</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="112"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="112"/>
        <source>Show the operator&apos;s console</source>
        <translation>Vis kontrollpanelet</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="113"/>
        <source>1  /  2  /  3</source>
        <translation>1  /  2  /  3</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="113"/>
        <source>A ready-made message to the room</source>
        <translation>En ferdig beskjed til rommet</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="114"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="114"/>
        <source>Take the message off the room&apos;s view</source>
        <translation>Ta beskjeden bort fra fellesvisningen</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="115"/>
        <source>F1  or  ?</source>
        <translation>F1  eller  ?</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="115"/>
        <source>This help</source>
        <translation>Denne hjelpen</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="50"/>
        <source>Learning meeting</source>
        <translation>Læringsmøte</translation>
    </message>
    <message>
        <location filename="../../ui/app_windows.py" line="140"/>
        <location filename="../../ui/sheet_labels.py" line="50"/>
        <source>Learning visit</source>
        <translation>Læringsbesøk</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="51"/>
        <location filename="../../ui/sheet_labels.py" line="89"/>
        <source>For the staff meeting</source>
        <translation>Til personalmøtet</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="51"/>
        <source>%(start)s – %(end)s</source>
        <translation>%(start)s – %(end)s</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="52"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="52"/>
        <source>Learning points</source>
        <translation>Læringspunkter</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="53"/>
        <source>No learning points were written down.</source>
        <translation>Det ble ikke skrevet ned noen læringspunkter.</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="54"/>
        <source>Organisational measures</source>
        <translation>Organisatoriske tiltak</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="54"/>
        <source>Open measures carried forward</source>
        <translation>Åpne tiltak som føres videre</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="55"/>
        <source>%(days)d days</source>
        <translation>%(days)d dager</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="55"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="55"/>
        <source>Presented by</source>
        <translation>Lagt fram av</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="56"/>
        <source>Learning agent and colleague</source>
        <translation>Læringsagent og kollega</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="57"/>
        <source>What the questions taught the presenter</source>
        <translatorcomment>review: glossary (?) for nb &apos;case presenter&apos;; neutral wording &apos;den som la fram casen&apos;</translatorcomment>
        <translation>Hva spørsmålene lærte den som la fram casen</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="58"/>
        <source>The round</source>
        <translation>Runden</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="58"/>
        <source>What was tried since last time</source>
        <translation>Det som er prøvd siden sist</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="59"/>
        <source>passed</source>
        <translation>stod over</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="59"/>
        <source>Observations released by the learning agent</source>
        <translation>Observasjoner som læringsagenten har frigitt</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="60"/>
        <source>No meetings or learning visits in this period.</source>
        <translation>Ingen møter eller læringsbesøk i denne perioden.</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="61"/>
        <source>Planned and actual times</source>
        <translation>Planlagt og faktisk tid</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="61"/>
        <source>Step</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="61"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="62"/>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="62"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="62"/>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="62"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="63"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="63"/>
        <source>Page %(page)d of %(pages)d</source>
        <translation>Side %(page)d av %(pages)d</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="64"/>
        <source>Made with Runde on %(date)s</source>
        <translation>Laget med Runde %(date)s</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="65"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="65"/>
        <source>Time</source>
        <translation>Klokkeslett</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="65"/>
        <source>Facilitator</source>
        <translation>Fasilitator</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="66"/>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="66"/>
        <source>Came later</source>
        <translation>Kom senere</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="66"/>
        <source>Absent</source>
        <translation>Fraværende</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="67"/>
        <source>Learning questions asked</source>
        <translation>Læringsspørsmål som ble stilt</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="68"/>
        <source>own question</source>
        <translation>eget spørsmål</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="69"/>
        <source>absent</source>
        <translation>fraværende</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="69"/>
        <source>did not get the word</source>
        <translation>kom ikke til orde</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="70"/>
        <source>spoke (no line written)</source>
        <translation>snakket (ingenting skrevet ned)</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="70"/>
        <source>kept confidential</source>
        <translation>holdt fortrolig</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="71"/>
        <source>How the time went</source>
        <translation>Slik gikk tiden</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="72"/>
        <source>Pauses</source>
        <translation>Pauser</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="72"/>
        <source>Minutes added or removed</source>
        <translation>Minutter lagt til eller trukket fra</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="73"/>
        <source>New plan applied</source>
        <translation>Ny plan tatt i bruk</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="74"/>
        <source>%(step)s: each turn %(old)s → %(new)s</source>
        <translation>%(step)s: hver tur %(old)s → %(new)s</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="75"/>
        <source>%(step)s: %(old)s → %(new)s</source>
        <translation>%(step)s: %(old)s → %(new)s</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="75"/>
        <source>%(n)s min</source>
        <translation>%(n)s min</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="76"/>
        <source>Learning agent</source>
        <translation>Læringsagent</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="76"/>
        <source>Colleague being followed</source>
        <translation>Kollega som blir fulgt</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="77"/>
        <source>Day and hours</source>
        <translation>Dag og tidsrom</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="77"/>
        <source>whole day</source>
        <translation>hel dag</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="77"/>
        <source>half day</source>
        <translation>halv dag</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="78"/>
        <source>What the agent wants from the day</source>
        <translation>Det læringsagenten vil ha ut av dagen</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="79"/>
        <source>What the colleague suggests to focus on</source>
        <translation>Det kollegaen foreslår som fokus</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="80"/>
        <source>Ground rules agreed</source>
        <translation>Avtalte spilleregler</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="80"/>
        <source>Confidentiality</source>
        <translation>Fortrolighet</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="81"/>
        <source>How the agent takes part</source>
        <translation>Slik deltar læringsagenten</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="81"/>
        <source>Agreed</source>
        <translation>Avtalt</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="82"/>
        <source>We both agree to the visit</source>
        <translation>Vi er begge enige om besøket</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="82"/>
        <source>The manager is informed</source>
        <translation>Lederen er informert</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="83"/>
        <source>The learning agent&apos;s reflection</source>
        <translation>Læringsagentens refleksjon</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="84"/>
        <source>What did you see and hear?</source>
        <translation>Hva så og hørte du?</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="84"/>
        <source>What worked well?</source>
        <translation>Hva fungerte godt?</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="85"/>
        <source>What could perhaps be done differently?</source>
        <translation>Hva kunne eventuelt vært gjort annerledes?</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="86"/>
        <source>The colleague&apos;s reflection</source>
        <translation>Kollegaens refleksjon</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="87"/>
        <source>What was it like to have a learning agent along?</source>
        <translation>Hvordan var det å ha med en læringsagent?</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="88"/>
        <source>What thoughts has the day given you?</source>
        <translation>Hvilke tanker har dagen gitt deg?</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="89"/>
        <source>the next staff meeting</source>
        <translation>neste personalmøte</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="90"/>
        <source>In brief</source>
        <translation>Kort fortalt</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="90"/>
        <source>Held in the period</source>
        <translation>Holdt i perioden</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="90"/>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="91"/>
        <source>Learning visits</source>
        <translation>Læringsbesøk</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="91"/>
        <source>Measures opened</source>
        <translation>Nye tiltak</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="92"/>
        <source>Measures done</source>
        <translation>Utførte tiltak</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="92"/>
        <source>Measures still open</source>
        <translation>Tiltak som fortsatt er åpne</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="93"/>
        <source>Took part</source>
        <translation>Deltok</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="93"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="94"/>
        <source>Planned and actual minutes per meeting</source>
        <translation>Planlagte og faktiske minutter per møte</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="94"/>
        <source>minutes</source>
        <translation>minutter</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="95"/>
        <source>As a fly on the wall</source>
        <translation>Som en flue på veggen</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="95"/>
        <source>As a kind of intern</source>
        <translation>Som en slags praktikant</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="96"/>
        <source>Procedure</source>
        <translation>Prosedyre</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="96"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="96"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="97"/>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="97"/>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="97"/>
        <source>Dropped</source>
        <translatorcomment>review: unsure: status word for a measure that was dropped (not done and no longer pursued); &apos;Forkastet&apos; (alternative: &apos;Droppet&apos;)</translatorcomment>
        <translation>Forkastet</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="42"/>
        <source>“%1” is not a time zone Runde knows: choose one from the list.</source>
        <translation>«%1» er ikke en tidssone Runde kjenner: velg en fra listen.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="43"/>
        <source>The date %1 is too far in the past or the future.</source>
        <translation>Datoen %1 ligger for langt tilbake i tid eller for langt fram i tid.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="44"/>
        <source>The series ends (%2) before it starts (%1).</source>
        <translation>Serien slutter (%2) før den starter (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="45"/>
        <source>A series can last at most %1 years.</source>
        <translation>En serie kan vare i høyst %1 år.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="46"/>
        <source>Choose a number from 1 to %1.</source>
        <translation>Velg et tall fra 1 til %1.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="47"/>
        <source>Choose a weekday.</source>
        <translation>Velg en ukedag.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="48"/>
        <source>Choose the 1st to the 5th, or the last weekday of the month.</source>
        <translation>Velg den 1. til den 5. eller den siste ukedagen i måneden.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="49"/>
        <source>The meeting on %1 is outside the series&apos; start and end.</source>
        <translation>Møtet %1 ligger utenfor seriens start og slutt.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="50"/>
        <source>These settings never give a meeting date: check the weekday, the start and the end.</source>
        <translation>Disse innstillingene gir aldri noen møtedato: kontroller ukedagen, starten og slutten.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="52"/>
        <source>A meeting lasts from 1 to %1 minutes.</source>
        <translation>Et møte varer fra 1 til %1 minutter.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="53"/>
        <source>Someone on the list of people has no name.</source>
        <translation>En person på listen har ikke noe navn.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="54"/>
        <source>%1 is on the list of people twice.</source>
        <translation>%1 står to ganger på listen over personer.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="55"/>
        <source>%1 left before joining.</source>
        <translatorcomment>review: unsure of the meaning (leave date before join date?)</translatorcomment>
        <translation>%1 gikk ut før vedkommende ble med.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="56"/>
        <source>The meeting of %1 is changed twice.</source>
        <translation>Møtet %1 er endret to ganger.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="57"/>
        <source>There is no meeting on %1 to move or cancel.</source>
        <translation>Det er ikke noe møte %1 som kan flyttes eller avlyses.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="58"/>
        <source>The meeting of %1 cannot move to %2: that is outside the series&apos; start and end.</source>
        <translation>Møtet %1 kan ikke flyttes til %2: det ligger utenfor seriens start og slutt.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="60"/>
        <source>The meeting of %1 cannot move to %2: the meeting of %3 is held that day. Move or cancel that one first.</source>
        <translation>Møtet %1 kan ikke flyttes til %2: møtet %3 holdes den dagen. Flytt eller avlys det først.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="62"/>
        <source>Choose another date or time for the meeting of %1.</source>
        <translation>Velg en annen dato eller et annet tidspunkt for møtet %1.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="63"/>
        <source>Only a mini-circle is extended or dissolved.</source>
        <translation>Bare en mini-sirkel kan forlenges eller oppløses.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="64"/>
        <source>That series cannot be the parent circle.</source>
        <translatorcomment>review: &apos;parent circle&apos; is not in the glossary; &apos;overordnet sirkel&apos; chosen</translatorcomment>
        <translation>Den serien kan ikke være den overordnede sirkelen.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="65"/>
        <source>The stored series is damaged (%1): %2</source>
        <translation>Den lagrede serien er skadet (%1): %2</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="78"/>
        <source>The team&apos;s own meetings</source>
        <translation>Teamets egne møter</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="78"/>
        <source>Learning circle</source>
        <translation>Læringssirkel</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="79"/>
        <source>Mini-circle (a month, then extend or dissolve)</source>
        <translation>Mini-sirkel (en måned, deretter forlenges eller oppløses)</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="80"/>
        <source>Challenge circle</source>
        <translation>Utfordringssirkel</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="85"/>
        <source>first</source>
        <translation>første</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="85"/>
        <source>second</source>
        <translation>andre</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="85"/>
        <source>third</source>
        <translation>tredje</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="85"/>
        <source>fourth</source>
        <translation>fjerde</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="85"/>
        <source>fifth</source>
        <translation>femte</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="86"/>
        <source>last</source>
        <translation>siste</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/series_texts.py" line="93"/>
        <source>every %n week(s) on %1</source>
        <translatorcomment>review: worded as &apos;tirsdag hver 2. uke&apos; (no plural form in the .ts)</translatorcomment>
        <translation>
            <numerusform>hver %1</numerusform>
            <numerusform>%1 hver %n. uke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/series_texts.py" line="96"/>
        <source>the %1 %2 of every %n month(s)</source>
        <translation>
            <numerusform>den %1 %2 hver måned</numerusform>
            <numerusform>den %1 %2 hver %n. måned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/series_texts.py" line="98"/>
        <source>%n date(s) chosen by hand</source>
        <translatorcomment>review: the text follows &apos;Møtes&apos; in &apos;Meets %1, …&apos;; check it reads well in the series list too</translatorcomment>
        <translation>
            <numerusform>%n manuelt valgt dato</numerusform>
            <numerusform>%n manuelt valgte datoer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="103"/>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="106"/>
        <source>%1 · cancelled</source>
        <translation>%1 · avlyst</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="108"/>
        <source>%1 · moved from %2</source>
        <translation>%1 · flyttet fra %2</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="110"/>
        <source>%1 · another time</source>
        <translation>%1 · annet tidspunkt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/series_texts.py" line="112"/>
        <source>%1 · %n taking part</source>
        <translation>
            <numerusform>%1 · %n deltaker</numerusform>
            <numerusform>%1 · %n deltakere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/series_banner.py" line="53"/>
        <source>Extend or dissolve the mini-circle?</source>
        <translation>Vil du forlenge eller oppløse mini-sirkelen?</translation>
    </message>
    <message>
        <location filename="../../ui/series_banner.py" line="54"/>
        <source>&amp;Extend by a month</source>
        <translation>&amp;Forleng med en måned</translation>
    </message>
    <message>
        <location filename="../../ui/series_banner.py" line="55"/>
        <source>&amp;Dissolve it</source>
        <translation>&amp;Oppløs den</translation>
    </message>
    <message>
        <location filename="../../ui/series_banner.py" line="56"/>
        <source>Not now</source>
        <translation>Ikke nå</translation>
    </message>
    <message>
        <location filename="../../ui/series_banner.py" line="57"/>
        <source>ℹ The mini-circle “%1” has met for a month now (since %2). Would you like to extend it by a month, or dissolve it? Either is fine.</source>
        <translation>ℹ Mini-sirkelen «%1» har nå møttes i en måned (siden %2). Vil dere forlenge den med en måned eller oppløse den? Begge deler er greit.</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="289"/>
        <source>Runde – meeting series</source>
        <translation>Runde – møteserier</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="290"/>
        <source>Meeting series of %1</source>
        <translation>Møteserier for %1</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="291"/>
        <source>Ser&amp;ies</source>
        <translation>S&amp;erier</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="292"/>
        <source>The team&apos;s meeting series</source>
        <translation>Teamets møteserier</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="293"/>
        <source>Ne&amp;w series</source>
        <translation>&amp;Ny serie</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="294"/>
        <source>Delete the series…</source>
        <translation>Slett serien…</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="295"/>
        <source>Save as &amp;calendar file…</source>
        <translation>Lagre som &amp;kalenderfil…</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="296"/>
        <source>An .ics file that Outlook and phone calendars import</source>
        <translation>En .ics-fil som Outlook og kalenderen på telefonen kan importere</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="297"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="298"/>
        <source>&amp;Rhythm</source>
        <translation>&amp;Rytme</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="299"/>
        <source>&amp;People</source>
        <translation>&amp;Personer</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="300"/>
        <source>Next &amp;meetings</source>
        <translation>Neste &amp;møter</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="301"/>
        <source>ℹ This team has no meeting series yet. “New series” sets one up for the format chosen on the start screen.</source>
        <translation>ℹ Dette teamet har ingen møteserie ennå. «Ny serie» oppretter en for formatet som er valgt på startskjermen.</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="304"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="304"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="304"/>
        <source>&amp;Name (optional)</source>
        <translation>Na&amp;vn (valgfritt)</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="304"/>
        <source>&amp;How often</source>
        <translation>&amp;Hvor ofte</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="304"/>
        <source>&amp;Starts</source>
        <translation>&amp;Starter</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="305"/>
        <source>&amp;Ends</source>
        <translation>S&amp;lutter</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="305"/>
        <source>&amp;Time</source>
        <translation>Kl&amp;okkeslett</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="305"/>
        <source>&amp;Length</source>
        <translation>V&amp;arighet</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="305"/>
        <source>Time &amp;zone</source>
        <translation>T&amp;idssone</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="312"/>
        <source>P&amp;arent circle</source>
        <translatorcomment>review: &apos;parent circle&apos; is not in the glossary; &apos;overordnet sirkel&apos; chosen</translatorcomment>
        <translation>Overor&amp;dnet sirkel</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="313"/>
        <source>A mini-circle&apos;s topic suggestions go to this learning circle</source>
        <translation>En mini-sirkels forslag til temaer går til denne læringssirkelen</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="316"/>
        <source>Every few weeks on a weekday</source>
        <translation>Med noen ukers mellomrom på en ukedag</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="317"/>
        <source>A weekday of the month (e.g. the 2nd Tuesday)</source>
        <translation>En ukedag i måneden (f.eks. den 2. tirsdagen)</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="318"/>
        <source>Dates chosen by hand</source>
        <translation>Datoer valgt manuelt</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="330"/>
        <source>every</source>
        <translatorcomment>review: label before a number box: &apos;hver [2]. uke, [tirsdag]&apos;</translatorcomment>
        <translation>hver</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="331"/>
        <source>week(s), on</source>
        <translatorcomment>review: label after the number box, read as an ordinal (&apos;hver 2. uke, på [tirsdag]&apos;)</translatorcomment>
        <translation>. uke, på</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="332"/>
        <source>the</source>
        <translation>den</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="333"/>
        <source>of every</source>
        <translation>i hver</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="334"/>
        <source>month(s)</source>
        <translatorcomment>review: label after the number box, read as an ordinal (&apos;i hver 1. måned&apos;)</translatorcomment>
        <translation>. måned</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="335"/>
        <source>Every how many weeks</source>
        <translation>Hvor mange ukers mellomrom</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="336"/>
        <source>Every how many months</source>
        <translation>Hvor mange måneders mellomrom</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="337"/>
        <location filename="../../ui/series_layout.py" line="338"/>
        <source>Weekday</source>
        <translation>Ukedag</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="339"/>
        <source>Which one in the month</source>
        <translation>Hvilken i måneden</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="340"/>
        <source>The dates chosen by hand</source>
        <translation>De manuelt valgte datoene</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="341"/>
        <source>A date to add</source>
        <translation>En dato som skal legges til</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="342"/>
        <source>Add the date</source>
        <translation>Legg til datoen</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="343"/>
        <source>Remove the date</source>
        <translation>Fjern datoen</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="344"/>
        <source>on</source>
        <translatorcomment>review: check box before the end date (&apos;Slutter [x] den [dato]&apos;)</translatorcomment>
        <translation>den</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="345"/>
        <source>The series has an end date</source>
        <translation>Serien har en sluttdato</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="346"/>
        <source>End date</source>
        <translation>Sluttdato</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="347"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="350"/>
        <source>Who belongs to the series, and since when. Someone who joins takes part from the first meeting after the day they joined. An empty list means the whole team.</source>
        <translation>Hvem som hører til serien, og siden når. En som blir med, deltar fra det første møtet etter dagen vedkommende ble med. En tom liste betyr hele teamet.</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="353"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="353"/>
        <location filename="../../ui/series_layout.py" line="374"/>
        <location filename="../../ui/series_view.py" line="135"/>
        <source>Joined on</source>
        <translation>Med siden</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="355"/>
        <source>People in the series and the day each joined</source>
        <translation>Personer i serien og dagen hver av dem ble med</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="356"/>
        <source>&amp;Add a person</source>
        <translation>Le&amp;gg til en person</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="357"/>
        <source>Remove the person</source>
        <translation>Fjern personen</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="358"/>
        <source>Take the &amp;team&apos;s people</source>
        <translation>Br&amp;uk teamets personer</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="359"/>
        <source>The next meetings of the series</source>
        <translation>Seriens neste møter</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="360"/>
        <source>Move the chosen meeting to</source>
        <translation>Flytt det valgte møtet til</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="361"/>
        <source>at</source>
        <translation>kl.</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="362"/>
        <source>New date</source>
        <translation>Ny dato</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="363"/>
        <source>New time</source>
        <translation>Nytt tidspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="364"/>
        <source>M&amp;ove</source>
        <translation>Fl&amp;ytt</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="365"/>
        <source>Cancel this meeting</source>
        <translation>Avlys dette møtet</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="366"/>
        <source>Undo the move or cancellation</source>
        <translation>Angre flyttingen eller avlysningen</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="55"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="183"/>
        <location filename="../../ui/series_panel.py" line="189"/>
        <source>Not saved until this is fixed.</source>
        <translation>Lagres ikke før dette er rettet.</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="192"/>
        <location filename="../../ui/series_panel.py" line="282"/>
        <location filename="../../ui/series_panel.py" line="304"/>
        <location filename="../../ui/series_panel.py" line="374"/>
        <source>Not saved: %1</source>
        <translation>Ikke lagret: %1</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="199"/>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="166"/>
        <source>Meets %1, %2–%3.</source>
        <translation>Møtes %1, %2–%3.</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="170"/>
        <source>Dissolved on %1.</source>
        <translation>Oppløst %1.</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="176"/>
        <source>ℹ This format is meant for at least %1 people.</source>
        <translation>ℹ Dette formatet er ment for minst %1 personer.</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="178"/>
        <source>ℹ This format is meant for at most %1 people.</source>
        <translation>ℹ Dette formatet er ment for høyst %1 personer.</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="189"/>
        <source>No more meetings are planned.</source>
        <translation>Det er ikke planlagt flere møter.</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="288"/>
        <source>A new series starting today. Change anything: it is saved at once.</source>
        <translation>En ny serie som starter i dag. Endre hva du vil: det lagres med en gang.</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="296"/>
        <source>Delete the series?</source>
        <translation>Vil du slette serien?</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="297"/>
        <source>Delete the series “%1”? Its past meetings stay in the history.</source>
        <translation>Vil du slette serien «%1»? De tidligere møtene blir værende i historikken.</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="308"/>
        <source>The series was deleted.</source>
        <translation>Serien ble slettet.</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="343"/>
        <source>Nothing was changed.</source>
        <translation>Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="377"/>
        <source>Extended by a month.</source>
        <translation>Forlenget med en måned.</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="378"/>
        <source>The mini-circle is dissolved; its meetings stay in the history.</source>
        <translation>Mini-sirkelen er oppløst; møtene blir værende i historikken.</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="386"/>
        <source>Nothing to save</source>
        <translation>Ingenting å lagre</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="386"/>
        <source>This team has no meeting series yet.</source>
        <translation>Dette teamet har ingen møteserie ennå.</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="389"/>
        <source>Save the calendar file</source>
        <translation>Lagre kalenderfilen</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="390"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="401"/>
        <source>The calendar was not saved</source>
        <translation>Kalenderen ble ikke lagret</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/series_panel.py" line="403"/>
        <source>Saved %n meeting(s) in %1.</source>
        <translation>
            <numerusform>Lagret %n møte i %1.</numerusform>
            <numerusform>Lagret %n møter i %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/series_hook.py" line="93"/>
        <source>ℹ No more meetings are planned in this team&apos;s series.</source>
        <translation>ℹ Det er ikke planlagt flere møter i teamets serie.</translation>
    </message>
    <message>
        <location filename="../../ui/series_hook.py" line="109"/>
        <source>Today %1–%2: %3. Its format and the people who take part are chosen.</source>
        <translation>I dag %1–%2: %3. Møtets format og deltakerne er valgt.</translation>
    </message>
    <message>
        <location filename="../../ui/series_hook.py" line="118"/>
        <source>Next meeting: %1, %2–%3 (%4).</source>
        <translation>Neste møte: %1, %2–%3 (%4).</translation>
    </message>
    <message>
        <location filename="../../ui/series_hook.py" line="122"/>
        <source>Then: %1.</source>
        <translation>Deretter: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/series_hook.py" line="164"/>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location filename="../../ui/series_hook.py" line="191"/>
        <location filename="../../ui/series_hook.py" line="201"/>
        <source>Meeting series</source>
        <translation>Møteserier</translation>
    </message>
    <message>
        <location filename="../../ui/series_hook.py" line="192"/>
        <source>Type or choose the team&apos;s name first: a series belongs to a team.</source>
        <translation>Skriv eller velg navnet på teamet først: en serie hører til et team.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="19"/>
        <source>permission denied: the folder is read-only, or the file is open in another program</source>
        <translation>ingen tilgang: mappen er skrivebeskyttet, eller filen er åpen i et annet program</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="20"/>
        <source>the file is in use by another program</source>
        <translation>filen brukes av et annet program</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="22"/>
        <source>the disk is full</source>
        <translation>disken er full</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="23"/>
        <source>the disk quota is used up</source>
        <translation>diskkvoten er brukt opp</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="24"/>
        <source>the disk is read-only</source>
        <translation>disken er skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="27"/>
        <source>that is a folder, not a file name</source>
        <translation>det er en mappe, ikke et filnavn</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="28"/>
        <source>the folder does not exist</source>
        <translation>mappen finnes ikke</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="29"/>
        <source>part of the path is a file, not a folder</source>
        <translation>en del av stien er en fil, ikke en mappe</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="30"/>
        <source>the file name is too long</source>
        <translation>filnavnet er for langt</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="31"/>
        <source>the file name is not allowed there</source>
        <translation>filnavnet er ikke tillatt der</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="32"/>
        <source>that is not an ordinary file (it is a device, a pipe or a socket)</source>
        <translation>det er ikke en vanlig fil (det er en enhet, et rør eller en socket)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="33"/>
        <source>the link points at itself (a loop of links)</source>
        <translation>snarveien peker på seg selv (en løkke av snarveier)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="34"/>
        <source>the disk is gone (unplugged?)</source>
        <translation>disken er borte (koblet fra?)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="35"/>
        <source>the disk could not be written (unplugged, or failing?)</source>
        <translation>det kunne ikke skrives til disken (koblet fra, eller holder den på å svikte?)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="45"/>
        <source>is not UTF-8 text</source>
        <translation>er ikke UTF-8-tekst</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="46"/>
        <source>is nested too deeply (more than %1 levels of { } and [ ])</source>
        <translation>er nestet for dypt (mer enn %1 nivåer av { } og [ ])</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="48"/>
        <source>has a key written twice in one object { … }</source>
        <translation>har en nøkkel skrevet to ganger i samme objekt { … }</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="49"/>
        <source>holds NaN or Infinity, which are not numbers</source>
        <translation>inneholder NaN eller Infinity, som ikke er tall</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="50"/>
        <source>holds a control character or a lone surrogate, which no text may hold</source>
        <translation>inneholder et kontrolltegn eller et enslig surrogat, som ingen tekst kan inneholde</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="63"/>
        <source>is not a Runde team file (or is from a newer Runde)</source>
        <translation>er ikke en Runde-teamfil (eller er fra en nyere Runde)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="64"/>
        <source>is missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="64"/>
        <source>must be a text</source>
        <translation>må være en tekst</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="65"/>
        <source>must be a whole number</source>
        <translation>må være et helt tall</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="65"/>
        <source>must be a number</source>
        <translation>må være et tall</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="66"/>
        <source>must be true or false</source>
        <translation>må være true eller false</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="66"/>
        <source>must be a list [ … ]</source>
        <translation>må være en liste [ … ]</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="67"/>
        <source>must be a group of fields in braces { … }</source>
        <translation>må være en gruppe felt i krøllparenteser { … }</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="68"/>
        <source>must be a date and time (ISO 8601, e.g. 2026-03-10T14:00:00+01:00)</source>
        <translation>må være en dato og et klokkeslett (ISO 8601, f.eks. 2026-03-10T14:00:00+01:00)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="69"/>
        <source>must be a date (ISO 8601, e.g. 2026-03-10)</source>
        <translation>må være en dato (ISO 8601, f.eks. 2026-03-10)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="70"/>
        <source>must be a time of day (e.g. 14:00)</source>
        <translation>må være et klokkeslett (f.eks. 14:00)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="71"/>
        <source>must be at most %1 letters, digits, “-” or “_”</source>
        <translation>kan være høyst %1 bokstaver, sifre, “-” eller “_”</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="72"/>
        <source>is an id used twice</source>
        <translation>er en id som brukes to ganger</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="73"/>
        <source>names a meeting series that is not in the file</source>
        <translation>viser til en møteserie som ikke finnes i filen</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="74"/>
        <source>is not a usable meeting series</source>
        <translation>er ikke en brukbar møteserie</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="75"/>
        <source>conflicts with data already here</source>
        <translation>passer ikke med data som allerede er her</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="77"/>
        <source>is longer than %1 characters</source>
        <translation>er lengre enn %1 tegn</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="78"/>
        <source>has more than %1 entries</source>
        <translation>har mer enn %1 oppføringer</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="79"/>
        <source>holds more than %1 characters of text in all</source>
        <translation>inneholder til sammen mer enn %1 tegn tekst</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="80"/>
        <source>is more than %1 turns in one step</source>
        <translation>er mer enn %1 turer i ett trinn</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="81"/>
        <source>must be between 0 and %1</source>
        <translation>må være mellom 0 og %1</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="82"/>
        <source>is not a usable format (%1)</source>
        <translation>er ikke et brukbart format (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="95"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="103"/>
        <source>Runde&apos;s data is closed; nothing more is saved until Runde starts again.</source>
        <translation>Rundes data er lukket; ingenting mer lagres før Runde startes på nytt.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="104"/>
        <source>The disk is full: nothing more can be saved until there is space again.</source>
        <translation>Disken er full: ingenting mer kan lagres før det er plass igjen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="105"/>
        <source>The data folder is read-only: Runde cannot save there.</source>
        <translation>Datamappen er skrivebeskyttet: Runde kan ikke lagre der.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="106"/>
        <source>Runde&apos;s database file %1 is read-only: history and sheets can be read, but nothing can be saved. Make the file writable (its properties or permissions, or ask the IT department) and start Runde again.</source>
        <translation>Rundes databasefil %1 er skrivebeskyttet: historikk og oversikter kan leses, men ingenting kan lagres. Gjør filen skrivbar (under egenskaper eller tillatelser, eller spør IT-avdelingen), og start Runde igjen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="110"/>
        <source>Runde&apos;s data folder %1 is read-only: history and sheets can be read and sheets saved elsewhere, but nothing can be saved there, so no meeting or learning visit can start. Ask the IT department to make the folder writable, make it writable yourself (its properties or permissions), or start Runde with --data-dir and a folder you can write.</source>
        <translation>Rundes datamappe %1 er skrivebeskyttet: historikk og oversikter kan leses, og oversikter kan lagres et annet sted, men ingenting kan lagres i mappen, så ingen møter eller læringsbesøk kan starte. Be IT-avdelingen gjøre mappen skrivbar, gjør den skrivbar selv (under egenskaper eller tillatelser), eller start Runde med --data-dir og en mappe du kan skrive i.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="114"/>
        <source>The database is busy (another program holds it); Runde will try again.</source>
        <translation>Databasen er opptatt (et annet program bruker den); Runde prøver igjen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="115"/>
        <source>The database could not be written: %1</source>
        <translation>Kunne ikke skrive til databasen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="116"/>
        <source>%1 is not a good backup in %2; nothing was changed.</source>
        <translation>%1 er ikke en gyldig sikkerhetskopi i %2; ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="117"/>
        <source>The backup %1 is damaged; nothing was changed.</source>
        <translation>Sikkerhetskopien %1 er skadet; ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="118"/>
        <source>Runde could not open its data in %1 (%2). Nothing was moved or changed.</source>
        <translation>Runde kunne ikke åpne dataene sine i %1 (%2). Ingenting ble flyttet eller endret.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="130"/>
        <source>The database server %1 cannot be reached; edits are kept on this computer and written when it is back.</source>
        <translation>Får ikke kontakt med databaseserveren %1; endringer blir liggende på denne datamaskinen og skrives til serveren når den er tilbake.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="134"/>
        <source>Runde could not set up a secure connection to the database server %1: the server&apos;s certificate or the connection&apos;s TLS settings do not fit. Nothing was changed. Ask the IT department to check them.</source>
        <translation>Runde kunne ikke opprette en sikker tilkobling til databaseserveren %1: serverens sertifikat eller tilkoblingens TLS-innstillinger passer ikke. Ingenting ble endret. Be IT-avdelingen kontrollere dem.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="137"/>
        <source>A database server keeps its own backups; Runde restores only its own local data.</source>
        <translation>En databaseserver har sine egne sikkerhetskopier; Runde gjenoppretter bare sine egne lokale data.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="139"/>
        <source>The database server could not be opened: %1</source>
        <translation>Databaseserveren kunne ikke åpnes: %1</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="140"/>
        <source>A database server is set up, but the server part of Runde is not installed on this computer. Install Runde with its server part (runde[server]), or empty the server in Settings to use this computer&apos;s own file.</source>
        <translation>Det er valgt en databaseserver, men Rundes serverdel er ikke installert på denne datamaskinen. Installer Runde med serverdelen (runde[server]), eller tøm feltet for databaseserveren under Innstillinger for å bruke datamaskinens egen fil.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="144"/>
        <source>Another computer keeps changing the same items; Runde will try again.</source>
        <translation>En annen datamaskin endrer stadig de samme tingene; Runde prøver igjen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="145"/>
        <source>This learning visit is no longer in the database (it was removed, perhaps on another computer). What was typed is kept in a file on this computer.</source>
        <translation>Dette læringsbesøket finnes ikke lenger i databasen (det er fjernet, kanskje på en annen datamaskin). Det som ble skrevet, tas vare på i en fil på denne datamaskinen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="147"/>
        <source>The id “%1” is already used by a format of the team “%2”.</source>
        <translation>ID-en «%1» brukes allerede av et format hos teamet «%2».</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="180"/>
        <source>this is not a database server address (it looks like postgresql://user@server/runde)</source>
        <translation>dette er ikke adressen til en databaseserver (den ser ut som postgresql://bruker@server/runde)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="182"/>
        <source>Runde works with PostgreSQL servers only, not “%1”</source>
        <translation>Runde fungerer bare med PostgreSQL-servere, ikke «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="183"/>
        <source>the address names no database (…/runde at its end)</source>
        <translation>adressen nevner ingen database (…/runde til slutt)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="184"/>
        <source>the file %1 cannot be read</source>
        <translation>filen %1 kan ikke leses</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="185"/>
        <source>the file %1 holds no address as text</source>
        <translation>filen %1 inneholder ingen adresse som tekst</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="195"/>
        <source>The database server %1 cannot be reached. Nothing was changed; try again when the server is reachable.</source>
        <translation>Databaseserveren %1 kan ikke nås. Ingenting ble endret; prøv igjen når serveren kan nås.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="198"/>
        <source>The database is busy (another program holds it). Nothing was changed; try again in a moment.</source>
        <translation>Databasen er opptatt (et annet program holder den). Ingenting ble endret; prøv igjen om et øyeblikk.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="201"/>
        <source>Another computer kept changing the same items. Nothing was changed; try again in a moment.</source>
        <translation>En annen datamaskin fortsatte å endre de samme punktene. Ingenting ble endret; prøv igjen om et øyeblikk.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="212"/>
        <source>For the IT department: %1</source>
        <translation>Til IT-avdelingen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="213"/>
        <source>No secure connection to the database server</source>
        <translation>Ingen sikker tilkobling til databaseserveren</translation>
    </message>
    <message>
        <location filename="../../ui/cli/team.py" line="35"/>
        <source>Brought in &apos;%1&apos;.</source>
        <translation>Hentet inn &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/team.py" line="38"/>
        <source>Nothing was brought in: %1</source>
        <translation>Ingenting ble hentet inn: %1</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="124"/>
        <source>Something went wrong</source>
        <translation>Noe gikk galt</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="131"/>
        <source>Something unexpected went wrong inside Runde. What was typed is saved every second, and the meeting goes on: you can keep working. If something does not work as it should, close Runde and start it again.</source>
        <translation>Noe uventet gikk galt i Runde. Det som er skrevet, lagres hvert sekund, og møtet fortsetter: du kan arbeide videre. Hvis noe ikke virker som det skal, lukk Runde og start det igjen.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="134"/>
        <source>A note of what went wrong (without names or notes) is in %1</source>
        <translation>Et notat om hva som gikk galt (uten navn eller notater), ligger i %1</translation>
    </message>
    <message>
        <location filename="../../ui/second_start.py" line="103"/>
        <source>Runde was started again: nothing new was started while this meeting is open.</source>
        <translation>Runde ble startet på nytt: ingenting nytt ble startet mens dette møtet er åpent.</translation>
    </message>
    <message>
        <location filename="../../ui/second_start.py" line="105"/>
        <source>Runde was started again: nothing new was started while this learning visit is open.</source>
        <translation>Runde ble startet på nytt: ingenting nytt ble startet mens dette læringsbesøket er åpent.</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="120"/>
        <source>Runde is already open; the learning visit was opened there.</source>
        <translation>Runde er allerede åpen; læringsbesøket er åpnet der.</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="121"/>
        <source>Runde is already open; the meeting was opened there, ready to start.</source>
        <translation>Runde er allerede åpen; møtet er åpnet der, klart til start.</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="125"/>
        <source>Runde is already open; brought it to the front.</source>
        <translation>Runde er allerede åpen og er hentet fram.</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="126"/>
        <source>A meeting is open in Runde; the new one was not started. Runde was brought to the front.</source>
        <translation>Et møte er åpent i Runde; det nye ble ikke startet. Runde er hentet fram.</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="128"/>
        <source>A learning visit is open in Runde; nothing new was started. Runde was brought to the front.</source>
        <translation>Et læringsbesøk er åpent i Runde; ingenting nytt ble startet. Runde er hentet fram.</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="130"/>
        <source>Runde is open and waits for an answer in one of its windows; nothing new was started. Runde was brought to the front.</source>
        <translation>Runde er åpen og venter på et svar i ett av vinduene sine; ingenting nytt ble startet. Runde er hentet fram.</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="132"/>
        <source>Runde is still starting; nothing new was started. Try again in a moment.</source>
        <translation>Runde starter fortsatt; ingenting nytt ble startet. Prøv igjen om litt.</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="133"/>
        <source>Runde is open, but its data is read-only: nothing new can be started. Runde was brought to the front.</source>
        <translation>Runde er åpen, men dataene er skrivebeskyttet: ingenting nytt kan startes. Runde er hentet fram.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture_limits.py" line="74"/>
        <location filename="../../ui/capture_lists.py" line="210"/>
        <source>A meeting holds at most %n learning point(s).</source>
        <translation>
            <numerusform>Et møte kan ha høyst %n læringspunkt.</numerusform>
            <numerusform>Et møte kan ha høyst %n læringspunkter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture_limits.py" line="75"/>
        <source>A meeting holds at most %n measure(s).</source>
        <translation>
            <numerusform>Et møte kan ha høyst %n tiltak.</numerusform>
            <numerusform>Et møte kan ha høyst %n tiltak.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture_limits.py" line="84"/>
        <source>A meeting holds at most %n other question(s): this one is not added.</source>
        <translation>
            <numerusform>Et møte kan ha høyst %n annet spørsmål: dette blir ikke lagt til.</numerusform>
            <numerusform>Et møte kan ha høyst %n andre spørsmål: dette blir ikke lagt til.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture_limits.py" line="88"/>
        <source>A meeting holds at most %n suggestion(s): this one is not added.</source>
        <translation>
            <numerusform>Et møte kan ha høyst %n forslag: dette blir ikke lagt til.</numerusform>
            <numerusform>Et møte kan ha høyst %n forslag: dette blir ikke lagt til.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture_limits.py" line="92"/>
        <source>A meeting holds at most %n topic suggestion(s): the lines after them are not saved.</source>
        <translation>
            <numerusform>Et møte kan ha høyst %n forslag til tema: linjene etter det blir ikke lagret.</numerusform>
            <numerusform>Et møte kan ha høyst %n forslag til temaer: linjene etter dem blir ikke lagret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture_lists.py" line="216"/>
        <source>%n learning point(s) so far; three is the usual aim.</source>
        <translation>
            <numerusform>%n læringspunkt foreløpig; målet er vanligvis tre.</numerusform>
            <numerusform>%n læringspunkter foreløpig; målet er vanligvis tre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/visit_day.py" line="49"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/visit_limits.py" line="85"/>
        <source>A learning visit holds at most %n learning point(s).</source>
        <translation>
            <numerusform>Et læringsbesøk kan ha høyst %n læringspunkt.</numerusform>
            <numerusform>Et læringsbesøk kan ha høyst %n læringspunkter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/visit_limits.py" line="89"/>
        <source>A learning visit holds at most %n observation(s): this one is not added.</source>
        <translation>
            <numerusform>Et læringsbesøk kan ha høyst %n observasjon: denne blir ikke lagt til.</numerusform>
            <numerusform>Et læringsbesøk kan ha høyst %n observasjoner: denne blir ikke lagt til.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/visit_limits.py" line="94"/>
        <source>A learning visit holds at most %n ground rule(s): the lines after them are not saved.</source>
        <translation>
            <numerusform>Et læringsbesøk kan ha høyst %n spilleregel: linjene etter den blir ikke lagret.</numerusform>
            <numerusform>Et læringsbesøk kan ha høyst %n spilleregler: linjene etter dem blir ikke lagret.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <location filename="../../ui/capture_panel.py" line="181"/>
        <source>The case</source>
        <translation>Casen</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="182"/>
        <source>Short title</source>
        <translation>Kort tittel</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="183"/>
        <source>Presented by</source>
        <translation>Lagt fram av</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="195"/>
        <source>Learning questions asked</source>
        <translation>Læringsspørsmål som ble stilt</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="201"/>
        <source>Another question that was asked (Enter adds it)</source>
        <translation>Et annet spørsmål som ble stilt (Enter legger det til)</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="202"/>
        <source>What the questions taught the presenter</source>
        <translatorcomment>review: glossary (?) for nb &apos;case presenter&apos;; neutral wording &apos;den som la fram casen&apos;</translatorcomment>
        <translation>Hva spørsmålene lærte den som la fram casen</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="203"/>
        <source>The round: a line for the person speaking</source>
        <translation>Runden: en linje for den som har ordet</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="205"/>
        <source>What they take with them (optional)</source>
        <translation>Det de tar med seg (valgfritt)</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="206"/>
        <source>Learning points</source>
        <translation>Læringspunkter</translation>
    </message>
    <message>
        <location filename="../../ui/capture_lists.py" line="141"/>
        <location filename="../../ui/capture_lists.py" line="237"/>
        <location filename="../../ui/capture_panel.py" line="184"/>
        <location filename="../../ui/capture_panel.py" line="187"/>
        <location filename="../../ui/capture_panel.py" line="190"/>
        <location filename="../../ui/capture_panel.py" line="208"/>
        <source>Confidential</source>
        <translation>Fortrolig</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="209"/>
        <source>A learning point</source>
        <translation>Et læringspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="210"/>
        <source>Learning point %1</source>
        <translation>Læringspunkt %1</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="211"/>
        <source>Add a learning point</source>
        <translation>Legg til et læringspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="212"/>
        <source>Organisational measures</source>
        <translation>Organisatoriske tiltak</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="213"/>
        <source>Add a measure</source>
        <translation>Legg til et tiltak</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="216"/>
        <source>Next time</source>
        <translation>Neste gang</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="217"/>
        <source>Feed-forward: suggestions for next time (private to the receiver)</source>
        <translation>Feed-forward: forslag til neste gang (bare for mottakeren)</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="179"/>
        <source>What we learned</source>
        <translation>Det vi lærte</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="114"/>
        <source>From last time</source>
        <translation>Fra forrige gang</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="117"/>
        <source>Focus chosen last time: %1</source>
        <translation>Fokus valgt forrige gang: %1</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="120"/>
        <source>Topic suggestions: %1</source>
        <translation>Forslag til temaer: %1</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="123"/>
        <source>Topic suggestions from the mini-circles: %1</source>
        <translation>Forslag til temaer fra mini-sirklene: %1</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="127"/>
        <source>done</source>
        <translation>utført</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="127"/>
        <source>still open</source>
        <translation>fortsatt åpent</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="128"/>
        <source>dropped</source>
        <translation>forkastet</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="131"/>
        <source>%1 (open for %2 days)</source>
        <translation>%1 (åpent i %2 dager)</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="137"/>
        <source>Open measures from earlier meetings</source>
        <translation>Åpne tiltak fra tidligere møter</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="138"/>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="139"/>
        <source>Still open</source>
        <translation>Fortsatt åpent</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="140"/>
        <source>Dropped</source>
        <translation>Forkastet</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="141"/>
        <location filename="../../ui/capture_last_time.py" line="142"/>
        <source>What did you try since last time?</source>
        <translation>Hva har dere prøvd siden sist?</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="185"/>
        <source>Left out of exports unless ticked in the export preview</source>
        <translation>Kommer ikke med i eksporter, med mindre det krysses av i forhåndsvisningen</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="192"/>
        <source>What was tried since last time is confidential</source>
        <translation>Det som er prøvd siden sist, er fortrolig</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="194"/>
        <source>Other questions that were asked</source>
        <translation>Andre spørsmål som ble stilt</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="204"/>
        <source>Pass</source>
        <translation>Stå over</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="219"/>
        <source>A suggestion: choose from whom and to whom, then type it (Enter adds it)</source>
        <translation>Et forslag: velg fra hvem og til hvem, og skriv det så (Enter legger det til)</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="220"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="221"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="222"/>
        <source>Focus area for the next meeting</source>
        <translation>Fokusområde til neste møte</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="223"/>
        <source>Topic suggestions, one per line</source>
        <translation>Forslag til temaer, ett per linje</translation>
    </message>
    <message>
        <location filename="../../ui/capture_lists.py" line="139"/>
        <source>The measure, e.g. a new procedure</source>
        <translation>Tiltaket, f.eks. en ny prosedyre</translation>
    </message>
    <message>
        <location filename="../../ui/capture_lists.py" line="140"/>
        <source>Who follows it up</source>
        <translation>Hvem følger opp</translation>
    </message>
    <message>
        <location filename="../../ui/capture_lists.py" line="142"/>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../ui/capture_lists.py" line="146"/>
        <source>Procedure</source>
        <translation>Prosedyre</translation>
    </message>
    <message>
        <location filename="../../ui/capture_lists.py" line="147"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../ui/capture_lists.py" line="148"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="247"/>
        <source>(nobody speaking)</source>
        <translation>(ingen har ordet)</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../../ui/console.py" line="256"/>
        <source>Runde – operator&apos;s console</source>
        <translatorcomment>review: &apos;operator&apos;s console&apos; not in the glossary; &apos;kontrollpanel&apos; (also in the F2 hint)</translatorcomment>
        <translation>Runde – kontrollpanel</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="258"/>
        <source>◀ Back</source>
        <translation>◀ Tilbake</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="258"/>
        <source>Previous speaker or step (Page Up)</source>
        <translation>Forrige taler eller punkt (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="259"/>
        <source>Start / Pause</source>
        <translation>Start / Pause</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="259"/>
        <source>Start, pause or resume (Space)</source>
        <translation>Start, pause eller fortsett (mellomrom)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="260"/>
        <source>Next ▶</source>
        <translation>Neste ▶</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="260"/>
        <source>Next speaker or step (Page Down)</source>
        <translation>Neste taler eller punkt (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="261"/>
        <source>− 1 min</source>
        <translation>− 1 min</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="261"/>
        <source>One minute less (−)</source>
        <translation>Ett minutt mindre (−)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="262"/>
        <source>+ 1 min</source>
        <translation>+ 1 min</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="262"/>
        <source>One minute more (+)</source>
        <translation>Ett minutt mer (+)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="263"/>
        <source>Pass</source>
        <translation>Stå over</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="263"/>
        <source>The speaker passes (P)</source>
        <translation>Den som har ordet, står over (P)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="264"/>
        <source>Black screen</source>
        <translation>Svart skjerm</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="264"/>
        <source>Black screen and back (B)</source>
        <translation>Svart skjerm og tilbake (B)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="265"/>
        <source>Room view full screen</source>
        <translation>Fellesvisning i fullskjerm</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="265"/>
        <source>Full screen (F5)</source>
        <translation>Fullskjerm (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="266"/>
        <source>Keys…</source>
        <translation>Taster…</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="266"/>
        <source>List the keys (F1)</source>
        <translation>Vis tastene (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="272"/>
        <source>Move room view to next screen</source>
        <translation>Flytt fellesvisningen til neste skjerm</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="273"/>
        <source>Finish meeting…</source>
        <translation>Avslutt møtet…</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="274"/>
        <source>Settings…</source>
        <translation>Innstillinger…</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="275"/>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="276"/>
        <source>Agenda and round</source>
        <translation>Dagsorden og runde</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="278"/>
        <location filename="../../ui/console.py" line="325"/>
        <source>What we learned</source>
        <translation>Det vi lærte</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="279"/>
        <location filename="../../ui/console.py" line="299"/>
        <source>Step</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="279"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="279"/>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="280"/>
        <source>The round</source>
        <translation>Runden</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="281"/>
        <source>Absent / back</source>
        <translation>Fraværende / tilbake</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="282"/>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="283"/>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="284"/>
        <source>Name of someone who arrived late</source>
        <translation>Navn på en som kom for sent</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="285"/>
        <source>Late-comer&apos;s name</source>
        <translation>Navnet på den som kom for sent</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="286"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="287"/>
        <source>What the room sees</source>
        <translation>Det alle i rommet ser</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="288"/>
        <source>Starts at</source>
        <translation>Starter kl.</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="289"/>
        <source>e.g. 14:00</source>
        <translation>f.eks. 14:00</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="290"/>
        <source>Planned start time</source>
        <translation>Planlagt starttidspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="292"/>
        <source>The room counts down to this time; the meeting still starts when you press Space</source>
        <translation>Fellesvisningen teller ned til dette tidspunktet; møtet starter likevel først når du trykker på mellomromstasten</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="294"/>
        <source>Show the new plan…</source>
        <translation>Vis den nye planen…</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="295"/>
        <source>Show the plan that shortens what is left</source>
        <translation>Vis planen som forkorter resten</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="296"/>
        <location filename="../../ui/console.py" line="303"/>
        <source>Not now</source>
        <translation>Ikke nå</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="297"/>
        <location filename="../../ui/console.py" line="304"/>
        <source>Not now: keep the plan as it is</source>
        <translation>Ikke nå: behold planen som den er</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="298"/>
        <source>A new plan for what is left</source>
        <translation>En ny plan for resten</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="299"/>
        <source>Now</source>
        <translation>Nå</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="299"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="300"/>
        <source>New times for the steps to come</source>
        <translation>Nye tider for de kommende punktene</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="301"/>
        <location filename="../../ui/console.py" line="302"/>
        <source>Apply the new plan</source>
        <translation>Bruk den nye planen</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="352"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="352"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="353"/>
        <source>Resume</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="353"/>
        <source>Finished</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="354"/>
        <source>Meeting time %1</source>
        <translation>Møtetid %1</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="377"/>
        <source>Type a time such as 14:00</source>
        <translation>Skriv et klokkeslett, f.eks. 14:00</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="379"/>
        <source>The room counts down to it</source>
        <translation>Fellesvisningen teller ned til det</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="388"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="389"/>
        <source>%1 of %2 min</source>
        <translation>%1 av %2 min</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="399"/>
        <source>⚠ Projected: %1</source>
        <translation>⚠ Forventet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="399"/>
        <source>Projected: %1</source>
        <translation>Forventet: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console.py" line="415"/>
        <source>%n min behind: shorten what is left so we end on time?</source>
        <translation>
            <numerusform>%n min bak skjema: skal resten forkortes så vi blir ferdige i tide?</numerusform>
            <numerusform>%n min bak skjema: skal resten forkortes så vi blir ferdige i tide?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="445"/>
        <source>%1 per turn</source>
        <translation>%1 per tur</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console.py" line="446"/>
        <source>%1 (%n turns to come)</source>
        <translation>
            <numerusform>%1 (%n tur igjen)</numerusform>
            <numerusform>%1 (%n turer igjen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="474"/>
        <source>The meeting is on time: nothing needs shortening.</source>
        <translation>Møtet er i rute: ingenting trenger å forkortes.</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="476"/>
        <source>The meeting still ends within its usual length: nothing needs shortening.</source>
        <translation>Møtet slutter fortsatt innenfor den vanlige tiden: ingenting må forkortes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console.py" line="477"/>
        <source>Nothing left can be shortened: the meeting ends about %n min late.</source>
        <translation>
            <numerusform>Ingenting av resten kan forkortes: møtet slutter ca. %n min for sent.</numerusform>
            <numerusform>Ingenting av resten kan forkortes: møtet slutter ca. %n min for sent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="479"/>
        <source>Nothing that has started is cut short: the step or turn running now keeps its time.</source>
        <translation>Ingenting som har begynt, blir kortet ned: punktet eller turen som pågår nå, beholder tiden sin.</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="480"/>
        <source>Now: %1. With this plan: %2.</source>
        <translation>Nå: %1. Med denne planen: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="485"/>
        <source>With this plan the meeting ends on time.</source>
        <translation>Med denne planen slutter møtet i tide.</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="486"/>
        <source>With this plan the meeting ends on time, at %1.</source>
        <translation>Med denne planen slutter møtet i tide, kl. %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console.py" line="488"/>
        <source>Even with every step at its shortest, the meeting ends about %n min late.</source>
        <translation>
            <numerusform>Selv med alle punktene så korte som mulig slutter møtet ca. %n min for sent.</numerusform>
            <numerusform>Selv med alle punktene så korte som mulig slutter møtet ca. %n min for sent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="511"/>
        <source>to come</source>
        <translation>venter</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="511"/>
        <source>speaking now</source>
        <translation>har ordet nå</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="512"/>
        <source>has spoken</source>
        <translation>har snakket</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="512"/>
        <source>passed</source>
        <translation>stod over</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="513"/>
        <source>absent</source>
        <translation>fraværende</translation>
    </message>
</context>
<context>
    <name>EndPanel</name>
    <message>
        <location filename="../../ui/meeting_end.py" line="106"/>
        <source>The meeting has ended. What was captured:</source>
        <translation>Møtet er slutt. Dette ble skrevet ned:</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="107"/>
        <source>Write the learning points</source>
        <translation>Skriv læringspunktene</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="108"/>
        <source>Add a measure</source>
        <translation>Legg til et tiltak</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="109"/>
        <source>Tick the questions asked</source>
        <translation>Kryss av spørsmålene som ble stilt</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="110"/>
        <source>Make the sheet…</source>
        <translation>Lag oversikten…</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="111"/>
        <source>The sheet of this meeting: preview, then save, print or copy</source>
        <translation>Oversikten over dette møtet: se den først, og lagre, skriv ut eller kopier den så</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="112"/>
        <source>New meeting</source>
        <translation>Nytt møte</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="113"/>
        <source>Close this meeting&apos;s windows and go to the start screen</source>
        <translation>Lukk møtets vinduer og gå til startskjermen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meeting_end.py" line="126"/>
        <source>%n learning point(s)</source>
        <translation>
            <numerusform>%n læringspunkt</numerusform>
            <numerusform>%n læringspunkter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="127"/>
        <source>No learning points yet</source>
        <translation>Ingen læringspunkter ennå</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meeting_end.py" line="128"/>
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n tiltak</numerusform>
            <numerusform>%n tiltak</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="129"/>
        <source>No measures yet</source>
        <translation>Ingen tiltak ennå</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="131"/>
        <source>%1 of %2 learning questions ticked</source>
        <translation>%1 av %2 læringsspørsmål krysset av</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="133"/>
        <source>No learning questions ticked yet</source>
        <translation>Ingen læringsspørsmål krysset av ennå</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meeting_end.py" line="146"/>
        <source>%n line(s) from the round</source>
        <translation>
            <numerusform>%n linje fra runden</numerusform>
            <numerusform>%n linjer fra runden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="147"/>
        <source>No lines from the round</source>
        <translation>Ingen linjer fra runden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meeting_end.py" line="149"/>
        <source>%n passed</source>
        <translation>
            <numerusform>%n stod over</numerusform>
            <numerusform>%n stod over</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="68"/>
        <source>Export preview</source>
        <translation>Forhåndsvisning av eksport</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="77"/>
        <source>What the sheet will contain</source>
        <translation>Det oversikten kommer til å inneholde</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="79"/>
        <source>Confidential items, ticked ones are included</source>
        <translation>Fortrolige punkter; de som er krysset av, blir tatt med</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="81"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="81"/>
        <source>Learning point</source>
        <translation>Læringspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="82"/>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="82"/>
        <source>Observation</source>
        <translation>Observasjon</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="84"/>
        <source>Own question</source>
        <translation>Eget spørsmål</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="92"/>
        <source>Show names as initials</source>
        <translation>Vis navn som initialer</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="93"/>
        <source>Add a page with planned and actual times</source>
        <translation>Legg til en side med planlagt og faktisk tid</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="99"/>
        <source>File format</source>
        <translation>Filformat</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="100"/>
        <source>PDF (to print)</source>
        <translation>PDF (for utskrift)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="101"/>
        <source>Markdown (text)</source>
        <translation>Markdown (tekst)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="102"/>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (regneark)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="103"/>
        <source>Document (.odt, to edit in Word or LibreOffice)</source>
        <translation>Dokument (.odt, for redigering i Word eller LibreOffice)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="108"/>
        <source>Save…</source>
        <translation>Lagre…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="109"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="110"/>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="111"/>
        <source>Copy the sheet with its headings and lists, to paste into the minutes (Word, Outlook)</source>
        <translation>Kopier oversikten med overskrifter og lister, slik at den kan limes inn i referatet (Word, Outlook)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="118"/>
        <source>Left out unless you tick them (confidential, or private observations):</source>
        <translation>Utelates med mindre du krysser dem av (fortrolige punkter eller private observasjoner):</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="156"/>
        <source>⚠ These characters cannot be printed in the PDF and will be missing: %1</source>
        <translation>⚠ Disse tegnene kan ikke skrives ut i PDF-filen og vil mangle: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="159"/>
        <source>⚠ Right-to-left text (%1) is printed in the PDF in left-to-right order, its letters not joined.</source>
        <translation>⚠ Tekst som leses fra høyre mot venstre (%1), skrives ut i PDF-en fra venstre mot høyre, og bokstavene bindes ikke sammen.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="172"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="172"/>
        <source>Document (*.odt)</source>
        <translation>Dokument (*.odt)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="173"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="173"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="183"/>
        <source>Save the sheet</source>
        <translation>Lagre oversikten</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="191"/>
        <source>Writing the sheet…</source>
        <translation>Skriver arket…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="193"/>
        <source>The sheet was not saved</source>
        <translation>Oversikten ble ikke lagret</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="196"/>
        <source>Saved: %1</source>
        <translation>Lagret: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="209"/>
        <source>Copied: paste it into the minutes.</source>
        <translation>Kopiert: lim det inn i referatet.</translation>
    </message>
</context>
<context>
    <name>FormatEditor</name>
    <message>
        <location filename="../../ui/format_editor_view.py" line="200"/>
        <source>Runde – formats</source>
        <translation>Runde – formater</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="201"/>
        <source>F&amp;ormat</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="202"/>
        <source>Format to edit</source>
        <translation>Format som skal redigeres</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="203"/>
        <source>Make a &amp;copy to change</source>
        <translation>Lag en &amp;kopi som kan endres</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="204"/>
        <source>Open a &amp;file…</source>
        <translation>&amp;Åpne en fil…</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="205"/>
        <source>Save as fi&amp;le…</source>
        <translation>Lagre som fi&amp;l…</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="206"/>
        <source>Bring in a format file someone shared</source>
        <translation>Hent inn en formatfil som noen har delt</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="207"/>
        <source>Write this format to a file to share it</source>
        <translation>Skriv dette formatet til en fil for å dele det</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="208"/>
        <source>Remove this format…</source>
        <translation>Fjern dette formatet…</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="209"/>
        <source>Remove your own or your team&apos;s format (built-in and organisation formats stay)</source>
        <translation>Fjern ditt eget eller teamets format (innebygde formater og organisasjonens formater blir værende)</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="211"/>
        <source>&amp;Title</source>
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="212"/>
        <source>Title of the format</source>
        <translation>Formatets tittel</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="213"/>
        <source>&amp;Steps</source>
        <translation>&amp;Punkter</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="214"/>
        <source>Steps of the format</source>
        <translation>Formatets punkter</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="215"/>
        <source>&amp;Add a step</source>
        <translation>Legg til et p&amp;unkt</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="216"/>
        <source>&amp;Remove the step</source>
        <translation>Fje&amp;rn punktet</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="217"/>
        <source>Move &amp;up</source>
        <translation>Flytt &amp;opp</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="218"/>
        <source>Move do&amp;wn</source>
        <translation>Flytt &amp;ned</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="219"/>
        <source>The chosen step</source>
        <translation>Det valgte punktet</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="220"/>
        <source>Step titl&amp;e</source>
        <translation>Punktets titt&amp;el</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="221"/>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="222"/>
        <location filename="../../ui/format_editor_view.py" line="276"/>
        <source>&amp;Duration</source>
        <translation>&amp;Varighet</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="223"/>
        <source>War&amp;ning</source>
        <translation>Var&amp;sel</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="224"/>
        <source>Time &amp;per turn</source>
        <translation>T&amp;id per tur</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="225"/>
        <source>Turn warnin&amp;g</source>
        <translation>V&amp;arsel per tur</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="226"/>
        <source>&amp;Instruction</source>
        <translation>Instruks&amp;jon</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="227"/>
        <source>Pro&amp;mpt questions</source>
        <translatorcomment>review: &apos;prompt questions&apos; rendered as &apos;hjelpespørsmål&apos;; not in the glossary</translatorcomment>
        <translation>&amp;Hjelpespørsmål</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="230"/>
        <source>Step title</source>
        <translation>Punktets tittel</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="231"/>
        <source>Kind of step</source>
        <translation>Type punkt</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="233"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="233"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="234"/>
        <source>Duration</source>
        <translation>Varighet</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="235"/>
        <source>Warning before the end</source>
        <translation>Varsel før slutten</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="236"/>
        <source>Time per turn</source>
        <translation>Tid per tur</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="237"/>
        <source>Warning before the end of a turn</source>
        <translation>Varsel før en tur slutter</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="238"/>
        <source>Instruction</source>
        <translation>Instruksjon</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="240"/>
        <source>What the room reads during this step (optional)</source>
        <translation>Det alle i rommet leser under dette punktet (valgfritt)</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="241"/>
        <source>Prompt questions, one a line</source>
        <translation>Hjelpespørsmål, ett per linje</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="242"/>
        <source>F2 or double-click changes a question</source>
        <translation>F2 eller dobbeltklikk endrer et spørsmål</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="243"/>
        <source>Add a &amp;question</source>
        <translation>Legg til et spørs&amp;mål</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="244"/>
        <source>Remo&amp;ve the question</source>
        <translation>Fjern sp&amp;ørsmålet</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="245"/>
        <source>Num&amp;ber of people</source>
        <translation>Antall &amp;deltakere</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="246"/>
        <source>Number of people for the planned total</source>
        <translation>Antall deltakere i den planlagte totaltiden</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="247"/>
        <source>Planned total</source>
        <translation>Planlagt totalt</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="248"/>
        <source>Save (Ctrl+S)</source>
        <translation>Lagre (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="254"/>
        <source>Timed: one countdown</source>
        <translation>Med tid: én nedtelling</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="255"/>
        <source>Round: a turn for each person</source>
        <translation>Runde: en tur for hver person</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="256"/>
        <source>Open: the clock counts up</source>
        <translation>Åpent: klokken teller oppover</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="133"/>
        <source>team “%1”</source>
        <translation>teamet «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="134"/>
        <source>built-in</source>
        <translation>innebygd</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="134"/>
        <source>your organisation&apos;s</source>
        <translation>organisasjonens</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="135"/>
        <source>your own</source>
        <translation>ditt eget</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="135"/>
        <source>a team&apos;s own</source>
        <translation>et teams eget</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="136"/>
        <source>not saved yet</source>
        <translation>ikke lagret ennå</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="209"/>
        <source>There are no formats yet: open a file to bring one in.</source>
        <translation>Det finnes ingen formater ennå: åpne en fil for å hente inn et.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="212"/>
        <source>A copy for the team “%2”, not saved yet. Save keeps it with the team&apos;s data and makes it available at once, as “%1”.</source>
        <translation>En kopi for teamet «%2» som ikke er lagret ennå. Lagre lagrer den sammen med teamets data og gjør den tilgjengelig med en gang, som «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="215"/>
        <source>A copy, not saved yet. Save makes it available at once, as “%1”.</source>
        <translation>En kopi som ikke er lagret ennå. Lagre gjør den tilgjengelig med en gang, som «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="217"/>
        <source>A format of the team “%2” (“%1”): changes are saved with the team&apos;s data and travel in the team&apos;s file.</source>
        <translation>Et format fra teamet «%2» («%1»): endringer lagres sammen med teamets data og følger med i teamets fil.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="220"/>
        <source>This file in your folder has the id of a built-in format (“%1”). Make a copy to change it.</source>
        <translation>Denne filen i mappen din har samme id som et innebygd format («%1»). Lag en kopi for å endre den.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="223"/>
        <source>Your own format (“%1”): changes are saved in your formats folder.</source>
        <translation>Ditt eget format («%1»): endringer lagres i formatmappen din.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="225"/>
        <source>Your organisation&apos;s format (“%1”) is not changed here: make a copy to change it.</source>
        <translation>Organisasjonens format («%1») endres ikke her: lag en kopi for å endre det.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="227"/>
        <source>A built-in format (“%1”) is never changed: make a copy to change it.</source>
        <translation>Et innebygd format («%1») endres aldri: lag en kopi for å endre det.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="252"/>
        <source>(our version)</source>
        <translation>(vår versjon)</translation>
    </message>
    <message>
        <location filename="../../ui/format_steps.py" line="72"/>
        <source>%1 a turn</source>
        <translation>%1 per tur</translation>
    </message>
    <message>
        <location filename="../../ui/format_steps.py" line="74"/>
        <source>open</source>
        <translation>åpent</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="275"/>
        <source>Planned &amp;time</source>
        <translation>Pl&amp;anlagt tid</translation>
    </message>
    <message>
        <location filename="../../ui/format_steps.py" line="156"/>
        <source>New step</source>
        <translation>Nytt punkt</translation>
    </message>
    <message>
        <location filename="../../ui/format_steps.py" line="206"/>
        <source>New question</source>
        <translation>Nytt spørsmål</translation>
    </message>
    <message>
        <location filename="../../ui/format_steps.py" line="231"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../../ui/format_steps.py" line="233"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/format_editor.py" line="271"/>
        <source>Planned: %1 with %n people</source>
        <translation>
            <numerusform>Planlagt: %1 med %n person</numerusform>
            <numerusform>Planlagt: %1 med %n personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/format_editor.py" line="273"/>
        <source>⚠ Planned: %1 with %n people, longer than the meeting&apos;s usual %2</source>
        <translation>
            <numerusform>⚠ Planlagt: %1 med %n person, lengre enn møtets vanlige %2</numerusform>
            <numerusform>⚠ Planlagt: %1 med %n personer, lengre enn møtets vanlige %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/format_editor.py" line="275"/>
        <source>Planned: %1 with %n people (the meeting&apos;s usual length is %2)</source>
        <translation>
            <numerusform>Planlagt: %1 med %n person (møtets vanlige lengde er %2)</numerusform>
            <numerusform>Planlagt: %1 med %n personer (møtets vanlige lengde er %2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="330"/>
        <source>Saved: “%1” is available at once on the start screen.</source>
        <translation>Lagret: «%1» er tilgjengelig på startskjermen med en gang.</translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="77"/>
        <source>the folder is read-only</source>
        <translation>mappen er skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="79"/>
        <source>the disk is full</source>
        <translation>disken er full</translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="82"/>
        <source>The format was not saved: Runde cannot write in %1 (%2). Nothing was changed. “Save as file…” can keep it somewhere else.</source>
        <translation>Formatet ble ikke lagret: Runde kan ikke skrive i %1 (%2). Ingenting ble endret. Med «Lagre som fil…» kan du lagre det et annet sted.</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="30"/>
        <source>must not be empty</source>
        <translation>kan ikke være tom</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="31"/>
        <source>is longer than the step itself</source>
        <translation>er lengre enn selve punktet</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="32"/>
        <source>is longer than the turn itself</source>
        <translation>er lengre enn selve turen</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="33"/>
        <source>is the id of a built-in format, which is never replaced: make a copy</source>
        <translation>er id-en til et innebygd format, som aldri erstattes: lag en kopi</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="39"/>
        <source>must be a group of fields in braces { … }</source>
        <translation>må være en gruppe felt i krøllparenteser { … }</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="40"/>
        <source>is missing (every text needs English)</source>
        <translation>mangler (alle tekster må ha en engelsk versjon)</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="42"/>
        <source>must be 1 to 64 letters a–z, digits, “-” or “_”</source>
        <translation>må være 1 til 64 bokstaver a–z, sifre, «-» eller «_»</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="44"/>
        <source>is missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="45"/>
        <source>must be a list [ … ]</source>
        <translation>må være en liste [ … ]</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="46"/>
        <source>must be a list with at least one step</source>
        <translation>må være en liste med minst ett punkt</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="48"/>
        <source>the smallest number is larger than the largest</source>
        <translation>det minste antallet er større enn det største</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="49"/>
        <source>only a round&apos;s turns have parts</source>
        <translation>bare en rundes taletider kan ha deler</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="50"/>
        <source>needs a title and a length (duration_s)</source>
        <translation>må ha en tittel og en lengde (duration_s)</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="51"/>
        <source>is not UTF-8 text</source>
        <translation>er ikke UTF-8-tekst</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="52"/>
        <source>must be empty or a web address that starts with https:// or http://</source>
        <translation>må være tom eller en nettadresse som begynner med https:// eller http://</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="54"/>
        <source>must be a language code of 2 or 3 letters, such as “da” or “nb”</source>
        <translation>må være en språkkode på 2 eller 3 bokstaver, for eksempel «da» eller «nb»</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="56"/>
        <source>your formats folder is the folder of the built-in formats</source>
        <translation>formatmappen din er mappen med de innebygde formatene</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="63"/>
        <source>must be between %1 and %2, not %3</source>
        <translation>må være mellom %1 og %2, ikke %3</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="66"/>
        <source>is longer than %1 characters</source>
        <translation>er lengre enn %1 tegn</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="67"/>
        <source>has %1 steps; at most %2 are allowed</source>
        <translation>har %1 punkter; høyst %2 er tillatt</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="68"/>
        <source>is not a known field (these are: %1)</source>
        <translation>er ikke et kjent felt (de kjente er: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="69"/>
        <source>must be a whole number, not %1</source>
        <translation>må være et heltall, ikke %1</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="70"/>
        <source>must be true or false, not %1</source>
        <translation>må være true eller false, ikke %1</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="71"/>
        <source>has %1 parts (at most %2)</source>
        <translation>har %1 deler (høyst %2)</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="72"/>
        <source>must be one of %1, not %2</source>
        <translation>må være en av %1, ikke %2</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="73"/>
        <source>is not a known kind of note: %1</source>
        <translation>er ikke en kjent type notat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="74"/>
        <source>%1 is used twice</source>
        <translation>%1 brukes to ganger</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="75"/>
        <source>is larger than %1 MB</source>
        <translation>er større enn %1 MB</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="76"/>
        <source>cannot be read (%1)</source>
        <translation>kan ikke leses (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="77"/>
        <source>is not valid JSON (%1)</source>
        <translation>er ikke gyldig JSON (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="91"/>
        <source>line %1, column %2</source>
        <translation>linje %1, kolonne %2</translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="89"/>
        <source>The format was not saved with the team&apos;s data: %1 Nothing was changed. “Save as file…” can keep it somewhere else.</source>
        <translation>Formatet ble ikke lagret sammen med teamets data: %1 Ingenting ble endret. Med «Lagre som fil…» kan du lagre det et annet sted.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="294"/>
        <source>title</source>
        <translation>tittel</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="294"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="295"/>
        <source>duration</source>
        <translation>varighet</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="296"/>
        <source>warning</source>
        <translation>varsel</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="297"/>
        <source>time per turn</source>
        <translation>tid per tur</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="298"/>
        <source>turn warning</source>
        <translation>varsel per tur</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="299"/>
        <source>instruction</source>
        <translation>instruksjon</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="300"/>
        <source>prompt questions</source>
        <translation>hjelpespørsmål</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="344"/>
        <source>Step %1 (“%2”), %3</source>
        <translation>Punkt %1 («%2»), %3</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="350"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="352"/>
        <source>Steps</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="354"/>
        <source>The format</source>
        <translation>Formatet</translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="31"/>
        <source>Save the format as a file</source>
        <translation>Lagre formatet som en fil</translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="32"/>
        <location filename="../../ui/format_files.py" line="39"/>
        <source>Runde formats (*.json)</source>
        <translation>Runde-formater (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="372"/>
        <source>The file was not saved: %1</source>
        <translation>Filen ble ikke lagret: %1</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="375"/>
        <source>Saved as %1: others bring it in with “Open a file…”.</source>
        <translation>Lagret som %1: andre henter den inn med «Åpne en fil…».</translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="38"/>
        <source>Open a format file</source>
        <translation>Åpne en formatfil</translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="70"/>
        <source>It has the id of a built-in format, so it came in as “%1”; the built-in format stays as it is.</source>
        <translation>Den har samme id som et innebygd format, så den ble hentet inn som «%1»; det innebygde formatet forblir som det er.</translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="63"/>
        <source>This file cannot be used: %1</source>
        <translation>Denne filen kan ikke brukes: %1</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="393"/>
        <source>The file could not be brought in: %1</source>
        <translation>Filen kunne ikke hentes inn: %1</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="401"/>
        <source>Brought in: “%1”.</source>
        <translation>Hentet inn: «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="441"/>
        <source>The format was not removed: %1</source>
        <translation>Formatet ble ikke fjernet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="447"/>
        <source>Removed: “%1”. Past meetings keep its name.</source>
        <translation>Fjernet: «%1». Tidligere møter beholder navnet.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="454"/>
        <source>Remove “%1”? Past meetings keep its name.</source>
        <translation>Fjerne «%1»? Tidligere møter beholder navnet.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="456"/>
        <source>These meeting series use it and need another format: %1</source>
        <translation>Disse møteseriene bruker det og trenger et annet format: %1</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="458"/>
        <source>Remove the format?</source>
        <translation>Fjerne formatet?</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="464"/>
        <source>Changes not saved</source>
        <translation>Endringer ikke lagret</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="464"/>
        <source>Save the changes to this format first?</source>
        <translation>Vil du lagre endringene i dette formatet først?</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="478"/>
        <source>Replace your format?</source>
        <translation>Vil du erstatte formatet ditt?</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="479"/>
        <source>You have a format with the same id, “%1”. Replace it with the one in the file?</source>
        <translation>Du har et format med samme id, «%1». Vil du erstatte det med det i filen?</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../ui/help_overlay.py" line="19"/>
        <source>Keyboard help</source>
        <translation>Hjelp til tastaturet</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="82"/>
        <source>Keys (a presentation clicker works too)</source>
        <translation>Taster (en fjernkontroll for presentasjoner fungerer også)</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="90"/>
        <source>Press any key to close.</source>
        <translation>Trykk på en hvilken som helst tast for å lukke.</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../ui/history.py" line="207"/>
        <source>Runde – history and sheets</source>
        <translation>Runde – historikk og oversikter</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="208"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="209"/>
        <source>Search all learning points and measures…</source>
        <translation>Søk i alle læringspunkter og tiltak…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="210"/>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="212"/>
        <source>Past meetings</source>
        <translation>Tidligere møter</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="213"/>
        <location filename="../../ui/history.py" line="217"/>
        <source>Learning visits</source>
        <translation>Læringsbesøk</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="218"/>
        <source>Sheet of this learning visit…</source>
        <translation>Oversikt over dette læringsbesøket…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="220"/>
        <source>Mark the measure done</source>
        <translation>Merk tiltaket som utført</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="221"/>
        <source>Sheet of this meeting…</source>
        <translation>Oversikt over dette møtet…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="222"/>
        <source>Sheet for the staff meeting…</source>
        <translatorcomment>review: &apos;sheet&apos; is not in the glossary; translated as &apos;oversikt&apos; throughout (alternative: &apos;ark&apos;)</translatorcomment>
        <translation>Oversikt til personalmøtet…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="223"/>
        <source>Restore a backup…</source>
        <translation>Gjenopprett en sikkerhetskopi…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="224"/>
        <source>Save the team&apos;s data…</source>
        <translation>Lagre teamets data…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="225"/>
        <source>Bring in a team&apos;s data…</source>
        <translation>Hent inn et teams data…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="226"/>
        <source>Remove a person everywhere…</source>
        <translation>Fjern en person overalt…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="215"/>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="211"/>
        <source>Search results</source>
        <translation>Søkeresultater</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="214"/>
        <location filename="../../ui/history.py" line="216"/>
        <source>Measures still open</source>
        <translation>Tiltak som fortsatt er åpne</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="219"/>
        <source>Open this learning visit</source>
        <translation>Åpne dette læringsbesøket</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="284"/>
        <source>All teams</source>
        <translation>Alle team</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="292"/>
        <source>%n learning point(s)</source>
        <translation>
            <numerusform>%n læringspunkt</numerusform>
            <numerusform>%n læringspunkter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="298"/>
        <source>open for %n day(s)</source>
        <translation>
            <numerusform>åpen i %n dag</numerusform>
            <numerusform>åpen i %n dager</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="316"/>
        <source>The server cannot be reached; showing what was read before.</source>
        <translation>Serveren kan ikke nås; viser det som ble lest før.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="324"/>
        <source>The server cannot be reached; nothing was changed. Try again when it is back.</source>
        <translation>Serveren kan ikke nås; ingenting ble endret. Prøv igjen når den er tilbake.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="340"/>
        <source>Learning point</source>
        <translation>Læringspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="340"/>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="367"/>
        <source>The sheet was saved, but the server cannot be reached to note it: the next staff sheet starts where this one did.</source>
        <translation>Oversikten ble lagret, men serveren kan ikke nås for å notere den: neste personalmøteoversikt starter der denne gjorde.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="378"/>
        <source>The server cannot be reached, so the sheet cannot be made now. Try again when it is back.</source>
        <translation>Serveren kan ikke nås, så oversikten kan ikke lages nå. Prøv igjen når den er tilbake.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="411"/>
        <source>Gathering the meetings for the staff sheet…</source>
        <translation>Samler møtene til oversikten for personalmøtet…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="425"/>
        <location filename="../../ui/history.py" line="430"/>
        <location filename="../../ui/history.py" line="435"/>
        <source>Save the team&apos;s data</source>
        <translation>Lagre teamets data</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="425"/>
        <source>Choose a team first.</source>
        <translation>Velg et team først.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="441"/>
        <source>Saving the team&apos;s data…</source>
        <translation>Lagrer teamets data…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="449"/>
        <source>The server cannot be reached, so the team&apos;s data cannot be read now. Nothing was saved; try again when it is back.</source>
        <translation>Serveren kan ikke nås, så teamets data kan ikke leses nå. Ingenting ble lagret; prøv igjen når den er tilbake.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="453"/>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="460"/>
        <source>Bring in a team&apos;s data</source>
        <translation>Hent inn et teams data</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="461"/>
        <source>Runde team files (*.json)</source>
        <translation>Runde-teamfiler (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="469"/>
        <source>Bringing in the team&apos;s data…</source>
        <translation>Henter inn teamets data…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="472"/>
        <location filename="../../ui/history.py" line="477"/>
        <source>Nothing was brought in</source>
        <translation>Ingenting ble hentet inn</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="473"/>
        <source>The server cannot be reached; nothing was brought in. Try again when it is back.</source>
        <translation>Serveren kan ikke nås; ingenting ble hentet inn. Prøv igjen når den er tilbake.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="478"/>
        <source>The file could not be used: %1</source>
        <translation>Filen kunne ikke brukes: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="492"/>
        <location filename="../../ui/history.py" line="527"/>
        <source>Remove a person everywhere</source>
        <translation>Fjern en person overalt</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="494"/>
        <source>The name, exactly as written. It is replaced by a dash in every meeting, measure and round, and removed from the teams. This cannot be undone.</source>
        <translation>Navnet, nøyaktig slik det er skrevet. Det erstattes av en strek i alle møter, tiltak og runder og fjernes fra teamene. Dette kan ikke angres.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="496"/>
        <source>The backups and the notes kept on this computer are rewritten without the name too. Names typed inside free text (notes, reflections, observations) are not changed.</source>
        <translation>Sikkerhetskopiene og notatene som tas vare på på denne datamaskinen, skrives også om uten navnet. Navn som er skrevet i fritekst (notater, refleksjoner, observasjoner), endres ikke.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="512"/>
        <source>The name was replaced in %n record(s),</source>
        <translation>
            <numerusform>Navnet ble erstattet i %n post,</numerusform>
            <numerusform>Navnet ble erstattet i %n poster,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="513"/>
        <source>%n note file(s) kept on this computer</source>
        <translation>
            <numerusform>%n notatfil på denne datamaskinen</numerusform>
            <numerusform>%n notatfiler på denne datamaskinen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="514"/>
        <source>and %n backup(s).</source>
        <translation>
            <numerusform>og %n sikkerhetskopi.</numerusform>
            <numerusform>og %n sikkerhetskopier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="515"/>
        <source>%n copy(ies) that could not be changed were removed.</source>
        <translation>
            <numerusform>%n kopi som ikke kunne endres, ble fjernet.</numerusform>
            <numerusform>%n kopier som ikke kunne endres, ble fjernet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="516"/>
        <source>%n copy(ies) could not be changed and still hold the name.</source>
        <translation>
            <numerusform>%n kopi kunne ikke endres og inneholder fortsatt navnet.</numerusform>
            <numerusform>%n kopier kunne ikke endres og inneholder fortsatt navnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="528"/>
        <source>%n older copy(ies) of the data could not be changed and still hold the name. Delete them?</source>
        <translation>
            <numerusform>%n eldre kopi av dataene kunne ikke endres og inneholder fortsatt navnet. Vil du slette den?</numerusform>
            <numerusform>%n eldre kopier av dataene kunne ikke endres og inneholder fortsatt navnet. Vil du slette dem?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="540"/>
        <location filename="../../ui/history.py" line="542"/>
        <location filename="../../ui/history.py" line="545"/>
        <location filename="../../ui/history.py" line="557"/>
        <source>Restore a backup</source>
        <translation>Gjenopprett en sikkerhetskopi</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="540"/>
        <source>There are no backups yet.</source>
        <translation>Det finnes ingen sikkerhetskopier ennå.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="546"/>
        <source>Replace the current data with the backup from %1? The current data is kept aside, not deleted. Runde closes; start it again afterwards.</source>
        <translation>Vil du erstatte de nåværende dataene med sikkerhetskopien fra %1? De nåværende dataene legges til side og slettes ikke. Runde lukkes; start programmet igjen etterpå.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="554"/>
        <source>Restoring the backup…</source>
        <translation>Gjenoppretter sikkerhetskopien…</translation>
    </message>
</context>
<context>
    <name>InstallCheck</name>
    <message>
        <location filename="../../ui/install_check.py" line="23"/>
        <source>Runde is not installed completely: its built-in meeting formats are missing (looked in %1). Please install Runde again, or ask whoever installed it.</source>
        <translation>Runde er ikke installert helt: de innebygde møteformene mangler (det ble søkt i %1). Installer Runde på nytt, eller spør den som installerte programmet.</translation>
    </message>
    <message>
        <location filename="../../ui/install_check.py" line="46"/>
        <source>Runde cannot start</source>
        <translation>Runde kan ikke starte</translation>
    </message>
    <message>
        <location filename="../../ui/install_check.py" line="71"/>
        <source>The chime is not installed on this computer, so Runde stays silent. To hear it, install Runde with its sound part (runde[sound]) or use the Runde program for your computer.</source>
        <translation>Klokkelyden er ikke installert på denne datamaskinen, så Runde er stille. Vil du høre den, installer Runde med lyddelen (runde[sound]), eller bruk Runde-programmet for datamaskinen din.</translation>
    </message>
    <message>
        <location filename="../../ui/install_check.py" line="79"/>
        <source>The database server part is not installed on this computer, so Runde keeps everything in this computer&apos;s own file. To use a team database server, install Runde with its server part (runde[server]).</source>
        <translation>Databaseserver-delen er ikke installert på denne datamaskinen, så Runde lagrer alt i datamaskinens egen fil. Vil du bruke en felles databaseserver for teamet, installer Runde med serverdelen (runde[server]).</translation>
    </message>
</context>
<context>
    <name>MeetingController</name>
    <message>
        <location filename="../../ui/meeting_controller.py" line="114"/>
        <location filename="../../ui/meeting_controller.py" line="128"/>
        <source>F1 keys · F2 console · Esc leave full screen</source>
        <translation>F1 taster · F2 kontrollpanel · Esc avslutt fullskjerm</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="148"/>
        <source>Time is almost up: %1</source>
        <translation>Tiden er snart ute: %1</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="149"/>
        <source>Time is up: %1</source>
        <translation>Tiden er ute: %1</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="159"/>
        <source>Room view on: %1</source>
        <translation>Fellesvisning på: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meeting_controller.py" line="409"/>
        <source>A meeting holds at most %n people.</source>
        <translation>
            <numerusform>Et møte kan ha høyst %n deltaker.</numerusform>
            <numerusform>Et møte kan ha høyst %n deltakere.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="420"/>
        <source>Finish the meeting?</source>
        <translation>Vil du avslutte møtet?</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="421"/>
        <source>The meeting ends now and its times are kept. You can still add learning points and measures afterwards.</source>
        <translation>Møtet avsluttes nå, og tidene blir lagret. Du kan fortsatt legge til læringspunkter og tiltak etterpå.</translation>
    </message>
</context>
<context>
    <name>MeetingSession</name>
    <message>
        <location filename="../../ui/meeting_session.py" line="179"/>
        <source>Changed elsewhere</source>
        <translation>Endret et annet sted</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="180"/>
        <source>This learning point was changed on another computer while you were editing it.</source>
        <translation>Dette læringspunktet ble endret på en annen datamaskin mens du redigerte det.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="182"/>
        <source>This measure was changed on another computer while you were editing it.</source>
        <translation>Dette tiltaket ble endret på en annen datamaskin mens du redigerte det.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="184"/>
        <source>On the other computer: %1
Here: %2</source>
        <translation>På den andre datamaskinen: %1
Her: %2</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="186"/>
        <source>Keep mine</source>
        <translation>Behold min versjon</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="187"/>
        <source>Take theirs</source>
        <translation>Bruk deres versjon</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="232"/>
        <source>The sheet cannot be made now</source>
        <translation>Oversikten kan ikke lages nå</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="233"/>
        <source>The meeting cannot be read to make its sheet: %1 Everything typed is kept; try again in a moment.</source>
        <translation>Møtet kan ikke leses, så oversikten kan ikke lages: %1 Alt som er skrevet, tas vare på; prøv igjen om et øyeblikk.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="235"/>
        <source>it is not in the database.</source>
        <translation>det finnes ikke i databasen.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="300"/>
        <source>✓ Everything is saved</source>
        <translation>✓ Alt er lagret</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="305"/>
        <source>Server not reachable: edits are kept on this computer and saved when it is back.</source>
        <translation>Ingen kontakt med serveren: endringene blir liggende på denne datamaskinen og lagres når den er tilbake.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="308"/>
        <source>⚠ Not saved yet (%1). Kept in memory; Runde keeps trying.</source>
        <translation>⚠ Ikke lagret ennå (%1). Holdes i minnet; Runde fortsetter å prøve.</translation>
    </message>
</context>
<context>
    <name>MessagePanel</name>
    <message>
        <location filename="../../ui/room_message.py" line="104"/>
        <location filename="../../ui/room_message.py" line="112"/>
        <source>Message to the room</source>
        <translation>Beskjed til rommet</translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="105"/>
        <source>Show “%1” on the room&apos;s view (1)</source>
        <translation>Vis “%1” på fellesvisningen (1)</translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="105"/>
        <source>Show “%1” on the room&apos;s view (2)</source>
        <translation>Vis “%1” på fellesvisningen (2)</translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="106"/>
        <source>Show “%1” on the room&apos;s view (3)</source>
        <translation>Vis “%1” på fellesvisningen (3)</translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="111"/>
        <source>Or type a short message</source>
        <translation>Eller skriv en kort beskjed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_message.py" line="113"/>
        <source>At most %n characters; Enter shows it on the room&apos;s view</source>
        <translation>
            <numerusform>Høyst %n tegn; Enter viser den på fellesvisningen</numerusform>
            <numerusform>Høyst %n tegn; Enter viser den på fellesvisningen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="115"/>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="116"/>
        <source>Show the typed message on the room&apos;s view</source>
        <translation>Vis den skrevne beskjeden på fellesvisningen</translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="117"/>
        <source>Clear</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="118"/>
        <source>Take the message off the room&apos;s view (0)</source>
        <translation>Ta beskjeden bort fra fellesvisningen (0)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_message.py" line="120"/>
        <source>Cut to %n characters: a message to the room is read in a glance.</source>
        <translation>
            <numerusform>Kortet ned til %n tegn: en beskjed til rommet skal kunne leses med et blikk.</numerusform>
            <numerusform>Kortet ned til %n tegn: en beskjed til rommet skal kunne leses med et blikk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanBar</name>
    <message>
        <location filename="../../ui/plan_bar.py" line="22"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/plan_bar.py" line="24"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../ui/plan_bar.py" line="25"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/data_dialogs.py" line="37"/>
        <source>Choose the backup to restore (newest first). The current data is moved aside, not deleted.</source>
        <translation>Velg sikkerhetskopien som skal gjenopprettes (nyeste først). Dataene du har nå, flyttes til side, de slettes ikke.</translation>
    </message>
</context>
<context>
    <name>RoomMessage</name>
    <message>
        <location filename="../../ui/room_message.py" line="28"/>
        <source>2 minutes left</source>
        <translation>2 minutter igjen</translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="28"/>
        <source>Please round off</source>
        <translation>Rund gjerne av</translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="29"/>
        <source>Short break</source>
        <translation>Kort pause</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <location filename="../../ui/room_view.py" line="64"/>
        <source>Room view</source>
        <translatorcomment>review: &apos;room view&apos; is not in the glossary; translated as &apos;fellesvisning&apos; throughout (the view everyone in the room sees)</translatorcomment>
        <translation>Fellesvisning</translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="113"/>
        <source>Press Page Down again to end the meeting</source>
        <translation>Trykk Page Down igjen for å avslutte møtet</translation>
    </message>
    <message>
        <location filename="../../ui/room_header.py" line="30"/>
        <source>Step %1 of %2</source>
        <translation>Punkt %1 av %2</translation>
    </message>
    <message>
        <location filename="../../ui/room_header.py" line="68"/>
        <source>Today&apos;s focus area: %1</source>
        <translation>Dagens fokusområde: %1</translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="162"/>
        <source>Planned %1 of %2 min</source>
        <translation>Planlagt %1 av %2 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_view.py" line="164"/>
        <source>Planned %n min</source>
        <translation>
            <numerusform>Planlagt %n min</numerusform>
            <numerusform>Planlagt %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_view.py" line="167"/>
        <source>%n min behind</source>
        <translation>
            <numerusform>%n min bak skjema</numerusform>
            <numerusform>%n min bak skjema</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_view.py" line="169"/>
        <source>%n min ahead</source>
        <translation>
            <numerusform>%n min foran skjema</numerusform>
            <numerusform>%n min foran skjema</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="171"/>
        <source>On time</source>
        <translation>I rute</translation>
    </message>
    <message>
        <location filename="../../ui/room_clock.py" line="67"/>
        <source>Ready – press Space to start</source>
        <translation>Klar – trykk på mellomromstasten for å starte</translation>
    </message>
    <message>
        <location filename="../../ui/room_clock.py" line="69"/>
        <location filename="../../ui/room_round.py" line="52"/>
        <source>❚❚ Paused</source>
        <translation>❚❚ På pause</translation>
    </message>
    <message>
        <location filename="../../ui/room_clock.py" line="73"/>
        <source>Over time – the clock keeps counting</source>
        <translation>Tiden er ute – klokken teller videre</translation>
    </message>
    <message>
        <location filename="../../ui/room_clock.py" line="75"/>
        <source>▲ Time is almost up</source>
        <translation>▲ Tiden er snart ute</translation>
    </message>
    <message>
        <location filename="../../ui/room_body.py" line="68"/>
        <location filename="../../ui/room_round.py" line="49"/>
        <source>Next: %1</source>
        <translation>Neste: %1</translation>
    </message>
    <message>
        <location filename="../../ui/room_gathering.py" line="21"/>
        <source>Thank you</source>
        <translation>Takk</translation>
    </message>
    <message>
        <location filename="../../ui/room_gathering.py" line="22"/>
        <source>The meeting has ended</source>
        <translation>Møtet er slutt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_view.py" line="238"/>
        <source>It took %n min</source>
        <translation>
            <numerusform>Det varte i %n min</numerusform>
            <numerusform>Det varte i %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/room_gathering.py" line="39"/>
        <source>The meeting starts in %1</source>
        <translation>Møtet begynner om %1</translation>
    </message>
    <message>
        <location filename="../../ui/room_gathering.py" line="41"/>
        <source>Starts at %1</source>
        <translation>Starter kl. %1</translation>
    </message>
    <message>
        <location filename="../../ui/room_gathering.py" line="44"/>
        <source>It is %1 – press Space to start</source>
        <translation>Klokken er %1 – trykk på mellomromstasten for å starte</translation>
    </message>
    <message>
        <location filename="../../ui/room_round.py" line="75"/>
        <source>%1 (%2 of %3) · %4 left in this part</source>
        <translation>%1 (%2 av %3) · %4 igjen av denne delen</translation>
    </message>
    <message>
        <location filename="../../ui/room_chips.py" line="40"/>
        <source>%1 passed</source>
        <translation>%1 står over</translation>
    </message>
    <message>
        <location filename="../../ui/room_chips.py" line="42"/>
        <source>%1 is away</source>
        <translation>%1 er fraværende</translation>
    </message>
    <message>
        <location filename="../../ui/room_gathering.py" line="68"/>
        <location filename="../../ui/room_rows.py" line="134"/>
        <source>Expected: %1</source>
        <translation>Ventes: %1</translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="175"/>
        <source>%1 of %2 min</source>
        <translation>%1 av %2 min</translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="179"/>
        <source>Ends %1</source>
        <translation>Slutter %1</translation>
    </message>
    <message>
        <location filename="../../ui/room_round.py" line="28"/>
        <source>Nobody takes a turn in this round</source>
        <translation>Ingen er med i denne runden</translation>
    </message>
    <message>
        <location filename="../../ui/room_round.py" line="30"/>
        <source>✓ Round complete</source>
        <translation>✓ Runden er ferdig</translation>
    </message>
    <message>
        <location filename="../../ui/room_round.py" line="34"/>
        <source>The round</source>
        <translation>Runden</translation>
    </message>
</context>
<context>
    <name>RoomWindow</name>
    <message>
        <location filename="../../ui/screens.py" line="31"/>
        <source>Runde – room view</source>
        <translation>Runde – fellesvisning</translation>
    </message>
</context>
<context>
    <name>ScreenRouter</name>
    <message>
        <location filename="../../ui/screens.py" line="130"/>
        <source>Screen %1 (%2 × %3)</source>
        <translation>Skjerm %1 (%2 × %3)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="203"/>
        <location filename="../../ui/settings_dialog.py" line="276"/>
        <source>Hide Organisation / IT</source>
        <translation>Skjul Organisasjon / IT</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="203"/>
        <location filename="../../ui/settings_dialog.py" line="277"/>
        <source>Organisation / IT…</source>
        <translation>Organisasjon / IT…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="231"/>
        <source>A team database server is in use: %1. The IT department looks after it.</source>
        <translation>En felles databaseserver for teamet er i bruk: %1. IT-avdelingen tar seg av den.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="234"/>
        <source>Everything is kept in this computer&apos;s own file.</source>
        <translation>Alt lagres i denne datamaskinens egen fil.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="238"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="239"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="239"/>
        <source>&amp;Colours</source>
        <translation>&amp;Farger</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="240"/>
        <source>&amp;Text size</source>
        <translation>&amp;Tekststørrelse</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="240"/>
        <source>&amp;Flash</source>
        <translation>&amp;Blink</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="241"/>
        <source>S&amp;ound</source>
        <translation>L&amp;yd</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="241"/>
        <source>&amp;Chime</source>
        <translation>Si&amp;gnal</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="241"/>
        <source>&amp;Volume</source>
        <translation>&amp;Volum</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="242"/>
        <source>&amp;Warning</source>
        <translation>Va&amp;rsel</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="242"/>
        <source>&amp;Room&apos;s screen</source>
        <translation>S&amp;kjerm for fellesvisning</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="243"/>
        <source>&amp;Database server</source>
        <translation>&amp;Databaseserver</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="243"/>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;ord</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="246"/>
        <source>As the computer is set</source>
        <translation>Som datamaskinen er innstilt</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="248"/>
        <source>Dark</source>
        <translation>Mørk</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="249"/>
        <source>High contrast: black, white and yellow</source>
        <translation>Høy kontrast: svart, hvitt og gult</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="250"/>
        <source>Soft</source>
        <translation>Myk</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="250"/>
        <source>Two tones</source>
        <translation>To toner</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="253"/>
        <source>By itself: the first screen that is not this one</source>
        <translation>Automatisk: den første skjermen som ikke er denne</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="254"/>
        <source>Screen %1: %2 (%3 × %4)</source>
        <translation>Skjerm %1: %2 (%3 × %4)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="257"/>
        <source>A short flash when the time changes phase (off: nothing flashes or moves)</source>
        <translation>Et kort blink når tiden skifter fase (av: ingenting blinker eller beveger seg)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="259"/>
        <source>A chime when time is almost up and when it is up</source>
        <translation>Et signal når tiden snart er ute, og når den er ute</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="260"/>
        <source>&amp;Play</source>
        <translation>Spill &amp;av</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="261"/>
        <source>Play the chime</source>
        <translation>Spill av signalet</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="262"/>
        <source>Volume of the chime</source>
        <translation>Volumet på signalet</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="263"/>
        <source>Text size of the windows on this computer</source>
        <translation>Tekststørrelse i vinduene på denne datamaskinen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="264"/>
        <source>The room&apos;s view always makes its text as large as the screen allows. Warnings are shown by words and shapes as well as colour.</source>
        <translation>Fellesvisningen gjør alltid teksten så stor som skjermen tillater. Varsler vises med ord og former, ikke bare med farge.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="267"/>
        <source>Organisation / IT</source>
        <translation>Organisasjon / IT</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="268"/>
        <source>The IT department sets this up when a team shares its meetings on a database server; leave it as it is unless they ask you to change it.</source>
        <translation>Dette setter IT-avdelingen opp når et team deler møtene sine på en databaseserver; la det være som det er, med mindre de ber deg endre det.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="272"/>
        <source>Database server: empty keeps everything in this computer&apos;s own file. A server (for example postgresql://name@server/runde?sslmode=verify-full) is used from the next start; the password is kept in the computer&apos;s keyring, never in a file.</source>
        <translation>Databaseserver: står feltet tomt, lagres alt i denne datamaskinens egen fil. En server (for eksempel postgresql://name@server/runde?sslmode=verify-full) brukes fra neste gang Runde starter; passordet lagres i datamaskinens nøkkelring, aldri i en fil.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="278"/>
        <source>Organisation / IT: the team database server</source>
        <translation>Organisasjon / IT: teamets databaseserver</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="280"/>
        <source>Empty: this computer&apos;s own file</source>
        <translation>Tomt: denne datamaskinens egen fil</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="281"/>
        <source>Database server address</source>
        <translation>Adressen til databaseserveren</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="282"/>
        <source>Password for the database server</source>
        <translation>Passord til databaseserveren</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="292"/>
        <source>As the format says</source>
        <translation>Slik formatet angir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_dialog.py" line="294"/>
        <source>%n second(s) before the end of a step</source>
        <translation>
            <numerusform>%n sekund før et punkt slutter</numerusform>
            <numerusform>%n sekunder før et punkt slutter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_dialog.py" line="295"/>
        <source>%n minute(s) before the end of a step</source>
        <translation>
            <numerusform>%n minutt før et punkt slutter</numerusform>
            <numerusform>%n minutter før et punkt slutter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceBox</name>
    <message>
        <location filename="../../ui/format_widgets.py" line="115"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="116"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="116"/>
        <source>Publisher</source>
        <translation>Utgiver</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="117"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="117"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="118"/>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="120"/>
        <source>Source: %1</source>
        <translation>Kilde: %1</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="131"/>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="131"/>
        <source>Norwegian Bokmål</source>
        <translation>Norsk bokmål</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="132"/>
        <source>Norwegian Nynorsk</source>
        <translation>Norsk nynorsk</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="132"/>
        <source>Swedish</source>
        <translation>Svensk</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="132"/>
        <source>Finnish</source>
        <translation>Finsk</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="133"/>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="134"/>
        <source>Icelandic</source>
        <translation>Islandsk</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="134"/>
        <source>German</source>
        <translation>Tysk</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/start_screen.py" line="220"/>
        <source>New meeting</source>
        <translation>Nytt møte</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="221"/>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="224"/>
        <source>Your team&apos;s name (remembered with its people)</source>
        <translation>Navnet på teamet (huskes sammen med deltakerne)</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="225"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="226"/>
        <source>&amp;Meeting series…</source>
        <translation>&amp;Møteserier…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="227"/>
        <source>The team&apos;s meeting dates, who takes part, a calendar file</source>
        <translation>Teamets møtedatoer, hvem som deltar, en kalenderfil</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="228"/>
        <source>The team: tick who is here</source>
        <translation>Teamet: kryss av for dem som er her</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="229"/>
        <source>Untick anyone who is not here today</source>
        <translation>Fjern krysset for dem som ikke er her i dag</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="230"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="234"/>
        <source>&amp;Who is here</source>
        <translation>&amp;Hvem er her</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="236"/>
        <source>One name per line, or separated by commas</source>
        <translation>Ett navn per linje, eller skilt med komma</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="237"/>
        <source>F&amp;acilitator</source>
        <translation>F&amp;asilitator</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="243"/>
        <source>Round &amp;starts with</source>
        <translation>&amp;Runden starter med</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="244"/>
        <source>The facilitator takes a turn in the round</source>
        <translation>Fasilitatoren er med i runden</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="238"/>
        <source>Case &amp;presenters</source>
        <translation>Hvem legger fram &amp;casen</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="239"/>
        <source>Case presenters</source>
        <translation>Hvem legger fram casen</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="241"/>
        <source>Tick who presents the case: one or more. Arrow keys move, Space ticks.</source>
        <translation>Kryss av for den eller dem som legger fram casen. Piltastene flytter, mellomrom krysser av.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="245"/>
        <source>The case presenters take a turn in the round</source>
        <translation>De som legger fram casen, er med i runden</translation>
    </message>
    <message>
        <location filename="../../ui/start_since_last.py" line="27"/>
        <source>Start with “What did you try since last time?”</source>
        <translation>Start med «Hva har dere prøvd siden sist?»</translation>
    </message>
    <message>
        <location filename="../../ui/start_since_last.py" line="29"/>
        <source>A first step of %1 min: what people tried since the last meeting, and the measures from last time. What is typed for it is printed on the sheets.</source>
        <translation>Et første punkt på %1 min: hva deltakerne har prøvd siden forrige møte, og tiltakene fra sist. Det som skrives, kommer med i oversiktene.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="247"/>
        <source>Start the meeting (Ctrl+Enter)</source>
        <translation>Start møtet (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="248"/>
        <source>History and sheets…</source>
        <translation>Historikk og oversikter…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="249"/>
        <source>Learning visit…</source>
        <translation>Læringsbesøk…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="250"/>
        <source>Settings…</source>
        <translation>Innstillinger…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="251"/>
        <source>Edit formats…</source>
        <translation>Rediger formater…</translation>
    </message>
    <message>
        <location filename="../../ui/start_rotation.py" line="40"/>
        <source>Rotate the role: next in turn is %1</source>
        <translation>Rollen går på omgang: %1 står for tur</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="253"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="231"/>
        <source>The team: tick who is &amp;here</source>
        <translation>Teamet: kryss av for hvem som er &amp;her</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="233"/>
        <source>E&amp;veryone here, guests too</source>
        <translation>&amp;Alle her, også gjester</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="254"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="64"/>
        <source>The plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="65"/>
        <source>The plan as a bar</source>
        <translation>Planen som en stolpe</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="66"/>
        <source>Back to the format&apos;s times</source>
        <translation>Tilbake til formatets tider</translation>
    </message>
    <message>
        <location filename="../../ui/start_rotation.py" line="36"/>
        <source>%1 has the role this time; next time: %2</source>
        <translation>%1 har rollen denne gangen; neste gang: %2</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="442"/>
        <source>(nobody chosen)</source>
        <translation>(ingen valgt)</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="486"/>
        <location filename="../../ui/start_screen.py" line="487"/>
        <source>No formats are available.</source>
        <translation>Ingen formater er tilgjengelige.</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="88"/>
        <source>Planned: %1</source>
        <translation>Planlagt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="91"/>
        <source>⚠ Planned: %1 of the usual %2 – %3 too long.</source>
        <translation>⚠ Planlagt: %1 av de vanlige %2 – %3 for langt.</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="96"/>
        <source>Planned: %1 of %2 – it fills the time exactly: there is no spare minute if a step runs over.</source>
        <translation>Planlagt: %1 av %2 – det fyller tiden helt: det er ikke ett minutt til overs hvis et punkt drar ut.</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="99"/>
        <source>Planned: %1 of %2 – %3 to spare.</source>
        <translation>Planlagt: %1 av %2 – %3 til overs.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/start_screen.py" line="510"/>
        <source>%1: %n turns of %2</source>
        <translation>
            <numerusform>%1: %n tur på %2</numerusform>
            <numerusform>%1: %n turer på %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="513"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="122"/>
        <source>Applies at once: the plan becomes %1 of %2.</source>
        <translation>Gjelder med en gang: planen blir %1 av %2.</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="127"/>
        <source>To make it fit (the new total in brackets):</source>
        <translation>Slik passer det (ny samlet tid i parentes):</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="139"/>
        <source>Leave the presenter out of the round (%1)</source>
        <translation>Den som legger fram casen, er ikke med i runden (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="141"/>
        <source>Leave the presenters out of the round (%1)</source>
        <translation>De som legger fram casen, er ikke med i runden (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="144"/>
        <source>“%1” %2 instead of %3 (%4)</source>
        <translation>«%1» %2 i stedet for %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="148"/>
        <source>Turns of %1 (%2)</source>
        <translation>%1 per tur (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="150"/>
        <source>Leave out “%1” (%2)</source>
        <translation>Dropp «%1» (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="159"/>
        <source>turns of %1</source>
        <translation>%1 per tur</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="161"/>
        <source>“%1” %2</source>
        <translation>«%1» %2</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="166"/>
        <source>For this meeting: %1.</source>
        <translation>For dette møtet: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/start_notes.py" line="17"/>
        <source>Choose a facilitator first: this format needs one to lead the meeting.</source>
        <translation>Velg en fasilitator først: dette formatet krever en som leder møtet.</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="171"/>
        <source>The plan is longer than usual</source>
        <translation>Planen er lengre enn vanlig</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="172"/>
        <source>The plan is %1, longer than the meeting&apos;s usual %2. Start anyway?</source>
        <translation>Planen er %1, lengre enn møtets vanlige %2. Vil dere starte likevel?</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="176"/>
        <source>Start anyway</source>
        <translation>Start likevel</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="178"/>
        <source>Back to the plan</source>
        <translation>Tilbake til planen</translation>
    </message>
    <message>
        <location filename="../../ui/start_notes.py" line="24"/>
        <source>⚠ Nobody takes a turn in the round yet: add names, or the round is skipped.</source>
        <translation>⚠ Ingen er med i runden ennå: legg til navn, ellers hoppes runden over.</translation>
    </message>
    <message>
        <location filename="../../ui/start_notes.py" line="26"/>
        <source>ℹ This format is meant for at least %1 people.</source>
        <translation>ℹ Dette formatet er ment for minst %1 personer.</translation>
    </message>
    <message>
        <location filename="../../ui/start_notes.py" line="29"/>
        <source>ℹ This format is meant for at most %1 people.</source>
        <translation>ℹ Dette formatet er ment for høyst %1 personer.</translation>
    </message>
    <message>
        <location filename="../../ui/start_notes.py" line="32"/>
        <source>ℹ Choose a facilitator: the meeting needs someone to lead it.</source>
        <translation>ℹ Velg en fasilitator: møtet trenger noen som leder det.</translation>
    </message>
    <message>
        <location filename="../../ui/start_notes.py" line="37"/>
        <source>ℹ Some names were given twice; they are numbered (2), (3).</source>
        <translation>ℹ Noen navn er skrevet to ganger; de får numrene (2), (3).</translation>
    </message>
    <message>
        <location filename="../../ui/start_notes.py" line="40"/>
        <source>ℹ Very long names were shortened.</source>
        <translation>ℹ Svært lange navn er forkortet.</translation>
    </message>
    <message>
        <location filename="../../ui/start_notes.py" line="42"/>
        <source>⚠ Only the first 200 names are used.</source>
        <translation>⚠ Bare de første 200 navnene brukes.</translation>
    </message>
</context>
<context>
    <name>TeamExportDialog</name>
    <message>
        <location filename="../../ui/data_dialogs.py" line="71"/>
        <source>Include confidential items and private observations (only for moving your own data to another computer)</source>
        <translation>Ta med fortrolige punkter og private observasjoner (bare når du flytter dine egne data til en annen datamaskin)</translation>
    </message>
</context>
<context>
    <name>TextLimit</name>
    <message>
        <location filename="../../ui/text_limit.py" line="52"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/text_limit.py" line="54"/>
        <source>%1 of at most %2 characters</source>
        <translation>%1 av høyst %2 tegn</translation>
    </message>
    <message>
        <location filename="../../ui/text_limit.py" line="130"/>
        <source>The text in all has reached its limit of %1 characters. Shorten something to write more.</source>
        <translation>Teksten i alt har nådd grensen på %1 tegn. Gjør noe kortere for å skrive mer.</translation>
    </message>
    <message>
        <location filename="../../ui/text_limit.py" line="134"/>
        <source>Text in all: %1 of at most %2 characters.</source>
        <translation>Tekst i alt: %1 av høyst %2 tegn.</translation>
    </message>
</context>
<context>
    <name>VisitEndBar</name>
    <message>
        <location filename="../../ui/meeting_end.py" line="189"/>
        <source>Write the learning points</source>
        <translation>Skriv læringspunktene</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="190"/>
        <source>Make the sheet…</source>
        <translation>Lag oversikten…</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="191"/>
        <source>Back to the start screen</source>
        <translation>Tilbake til startskjermen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meeting_end.py" line="203"/>
        <source>%n learning point(s)</source>
        <translation>
            <numerusform>%n læringspunkt</numerusform>
            <numerusform>%n læringspunkter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="204"/>
        <source>No learning points yet</source>
        <translation>Ingen læringspunkter ennå</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="205"/>
        <source>The learning visit is finished: %1</source>
        <translation>Læringsbesøket er avsluttet: %1</translation>
    </message>
</context>
<context>
    <name>VisitWindow</name>
    <message>
        <location filename="../../ui/visit_window.py" line="99"/>
        <source>Runde – learning visit</source>
        <translation>Runde – læringsbesøk</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="162"/>
        <source>1 · Check-in</source>
        <translation>1 · Innsjekk</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="162"/>
        <source>2 · The day</source>
        <translation>2 · Dagen</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="163"/>
        <source>3 · Learning meeting</source>
        <translation>3 · Læringsmøte</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="166"/>
        <source>Learning agent</source>
        <translatorcomment>review: glossary note: &apos;læringsagent&apos; is also read as an AI agent in software; a qualifier may be needed</translatorcomment>
        <translation>Læringsagent</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="166"/>
        <source>Colleague being followed</source>
        <translation>Kollega som blir fulgt</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="166"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="167"/>
        <source>Day and hours</source>
        <translation>Dag og tidsrom</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="167"/>
        <source>What the agent wants from the day</source>
        <translation>Det læringsagenten vil ha ut av dagen</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="168"/>
        <source>What the colleague suggests to focus on</source>
        <translation>Det kollegaen foreslår som fokus</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="169"/>
        <source>Ground rules (one per line)</source>
        <translation>Spilleregler (én per linje)</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="169"/>
        <source>How the agent takes part</source>
        <translation>Slik deltar læringsagenten</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="173"/>
        <source>Whole day</source>
        <translation>Hel dag</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="173"/>
        <source>Half day</source>
        <translation>Halv dag</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="178"/>
        <source>As a fly on the wall</source>
        <translation>Som en flue på veggen</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="179"/>
        <source>As a kind of intern</source>
        <translation>Som en slags praktikant</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="182"/>
        <source>We both agree to the visit</source>
        <translation>Vi er begge enige om besøket</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="183"/>
        <source>The manager is informed</source>
        <translation>Lederen er informert</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="184"/>
        <source>An observation (Ctrl+O from anywhere, Enter saves it)</source>
        <translation>En observasjon (Ctrl+O fra hvor som helst, Enter lagrer den)</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="185"/>
        <source>New observation</source>
        <translation>Ny observasjon</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="186"/>
        <source>Observations are private: they stay on this computer and out of every sheet unless you tick one to release it.</source>
        <translation>Observasjoner er private: De blir på denne datamaskinen og kommer ikke med i noen oversikt, med mindre du frigir en ved å krysse den av.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="189"/>
        <source>What did you see and hear?</source>
        <translation>Hva så og hørte du?</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="189"/>
        <source>What worked well?</source>
        <translation>Hva fungerte godt?</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="190"/>
        <source>What could perhaps be done differently?</source>
        <translation>Hva kunne eventuelt vært gjort annerledes?</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="191"/>
        <source>What was it like to have a learning agent along?</source>
        <translation>Hvordan var det å ha med en læringsagent?</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="192"/>
        <source>What thoughts has the day given you?</source>
        <translation>Hvilke tanker har dagen gitt deg?</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="194"/>
        <source>Three learning points</source>
        <translation>Tre læringspunkter</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="203"/>
        <source>Finish the visit</source>
        <translation>Avslutt besøket</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="204"/>
        <source>Everything is saved; then make its sheet, or go back to the start screen</source>
        <translation>Alt er lagret; lag så oversikten, eller gå tilbake til startskjermen</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="362"/>
        <source>The sheet cannot be made now</source>
        <translation>Oversikten kan ikke lages nå</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="363"/>
        <source>The learning visit cannot be read to make its sheet: %1 Everything typed is kept; try again in a moment.</source>
        <translation>Læringsbesøket kan ikke leses, så oversikten kan ikke lages: %1 Alt som er skrevet, tas vare på; prøv igjen om et øyeblikk.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="365"/>
        <source>it is not in the database.</source>
        <translation>det finnes ikke i databasen.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="51"/>
        <source>%1 h</source>
        <translation>%1 t</translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="52"/>
        <source>%1 h %2 min</source>
        <translation>%1 t %2 min</translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="72"/>
        <source>The visit was on %1.</source>
        <translation>Læringsbesøket var %1.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="73"/>
        <source>The visit is planned for %1.</source>
        <translation>Læringsbesøket er planlagt til %1.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="168"/>
        <source>Some edits of the learning visit of %1 (%2 with %3) could not be saved before Runde closed. They were kept on this computer. Bring them back into that visit now?</source>
        <translation>Noen endringer fra læringsbesøket %1 (%2 med %3) kunne ikke lagres før Runde ble lukket. De ble tatt vare på på denne datamaskinen. Vil du føre dem tilbake til besøket nå?</translation>
    </message>
    <message>
        <location filename="../../ui/visit_pages.py" line="174"/>
        <location filename="../../ui/visit_pages.py" line="175"/>
        <location filename="../../ui/visit_window.py" line="196"/>
        <location filename="../../ui/visit_window.py" line="197"/>
        <source>Learning point %1</source>
        <translation>Læringspunkt %1</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="198"/>
        <source>The day&apos;s observations</source>
        <translation>Dagens observasjoner</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="199"/>
        <source>Present them at a staff meeting on</source>
        <translation>Presenter dem på et personalmøte den</translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="112"/>
        <source>Next step</source>
        <translation>Neste punkt</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="217"/>
        <location filename="../../ui/visit_window.py" line="272"/>
        <source>Confidentiality</source>
        <translation>Fortrolighet</translation>
    </message>
    <message>
        <location filename="../../ui/visit_saving.py" line="182"/>
        <source>⚠ Not saved yet (%1); Runde keeps trying.</source>
        <translation>⚠ Ikke lagret ennå (%1); Runde fortsetter å prøve.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_saving.py" line="172"/>
        <source>✓ Everything is saved</source>
        <translation>✓ Alt er lagret</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/visit_window.py" line="263"/>
        <source>%n learning point(s) so far; three is the usual aim.</source>
        <translation>
            <numerusform>%n læringspunkt foreløpig; målet er vanligvis tre.</numerusform>
            <numerusform>%n læringspunkter foreløpig; målet er vanligvis tre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="113"/>
        <source>− 1 min</source>
        <translation>− 1 min</translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="114"/>
        <source>+ 1 min</source>
        <translation>+ 1 min</translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="115"/>
        <source>One minute less for this part</source>
        <translation>Ett minutt mindre til denne delen</translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="117"/>
        <source>One minute more for this part</source>
        <translation>Ett minutt mer til denne delen</translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="127"/>
        <source>Time left for %1</source>
        <translation>Tid igjen til %1</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="202"/>
        <source>Add a learning point</source>
        <translation>Legg til et læringspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/visit_saving.py" line="179"/>
        <source>Server not reachable: edits are kept on this computer and saved when it is back.</source>
        <translation>Ingen kontakt med serveren: endringene blir liggende på denne datamaskinen og lagres når den er tilbake.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_observations.py" line="112"/>
        <location filename="../../ui/visit_observations.py" line="127"/>
        <source>not saved yet</source>
        <translation>ikke lagret ennå</translation>
    </message>
    <message>
        <location filename="../../ui/visit_observations.py" line="132"/>
        <source>Ticked: released for sheets. Not ticked: private.</source>
        <translation>Krysset av: frigitt til oversikter. Ikke krysset av: privat.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_observations.py" line="134"/>
        <source>Not saved yet: kept on this computer and saved as soon as Runde can.</source>
        <translation>Ikke lagret ennå: tatt vare på på denne datamaskinen og lagret så snart Runde kan.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="64"/>
        <source>The day starts in %1</source>
        <translation>Dagen begynner om %1</translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="69"/>
        <source>The planned day ended %1 ago</source>
        <translation>Den planlagte dagen sluttet for %1 siden</translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="66"/>
        <source>%1 gone · %2 left</source>
        <translation>%1 gått · %2 igjen</translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="75"/>
        <source>(no focus agreed yet)</source>
        <translation>(ikke avtalt noe fokus ennå)</translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="77"/>
        <source>Focus: %1</source>
        <translation>Fokus: %1</translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="130"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="131"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="132"/>
        <source>Resume</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="133"/>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../ui/cli/language.py" line="32"/>
        <source>usage: </source>
        <translation>bruk: </translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="33"/>
        <source>positional arguments</source>
        <translation>argumenter</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="34"/>
        <source>options</source>
        <translation>valg</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="35"/>
        <source>show this help message and exit</source>
        <translation>vis denne hjelpen og avslutt</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="36"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: feil: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="37"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumentet %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="38"/>
        <source>the following arguments are required: %s</source>
        <translation>disse argumentene må oppgis: %s</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="39"/>
        <source>one of the arguments %s is required</source>
        <translation>ett av argumentene %s må oppgis</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="40"/>
        <source>unrecognized arguments: %s</source>
        <translation>ukjente argumenter: %s</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="41"/>
        <source>not allowed with argument %s</source>
        <translation>kan ikke brukes sammen med argumentet %s</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="42"/>
        <source>expected one argument</source>
        <translation>forventet én verdi</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="43"/>
        <source>expected at most one argument</source>
        <translation>forventet høyst én verdi</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="44"/>
        <source>ignored explicit argument %r</source>
        <translation>verdien %r ble ignorert</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="45"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydig valg: %(option)s kan bety %(matches)s</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="46"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ugyldig %(type)s-verdi: %(value)r</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="47"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ugyldig valg: %(value)r (velg blant %(choices)s)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../ui/cli/parser.py" line="16"/>
        <source>Runde: a meeting timer and reflection app for learning meetings.</source>
        <translation>Runde: en tidtaker og refleksjonsapp for læringsmøter.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="19"/>
        <location filename="../../ui/cli/parser.py" line="110"/>
        <location filename="../../ui/cli/parser.py" line="116"/>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="19"/>
        <location filename="../../ui/cli/parser.py" line="109"/>
        <source>TEAM</source>
        <translation>TEAM</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="19"/>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="20"/>
        <source>NAMES</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="21"/>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="23"/>
        <source>show Runde&apos;s version and exit</source>
        <translation>vis Runde-versjonen og avslutt</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="24"/>
        <source>DIR</source>
        <translation>MAPPE</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="24"/>
        <source>keep everything Runde writes under DIR (a USB stick, a test)</source>
        <translation>lagre alt Runde skriver, under MAPPE (en minnepenn, en test)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="26"/>
        <source>CODE</source>
        <translation>KODE</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="27"/>
        <source>interface language: en, da, nb, sv or fi</source>
        <translation>språk i programmet: en, da, nb, sv eller fi</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="28"/>
        <source>use a PostgreSQL server instead of this computer&apos;s own file, e.g. postgresql://user@host/runde?sslmode=verify-full (the password from RUNDE_DB_PASSWORD or the keyring)</source>
        <translation>bruk en PostgreSQL-server i stedet for denne datamaskinens egen fil, f.eks. postgresql://user@host/runde?sslmode=verify-full (passordet fra RUNDE_DB_PASSWORD eller nøkkelringen)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="33"/>
        <source>open straight into a meeting, ready to start</source>
        <translation>åpne rett i et møte, klart til start</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="34"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="35"/>
        <source>format id (see: runde formats list)</source>
        <translation>formatets id (se: runde formats list)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="37"/>
        <source>names separated by commas</source>
        <translation>navn skilt med komma</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="38"/>
        <source>who leads the meeting; one of --participants</source>
        <translation>hvem som leder møtet (fasilitator); en av --participants</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="40"/>
        <source>the case presenter, or several separated by commas; each must be one of --participants</source>
        <translation>den som legger fram casen, eller flere atskilt med komma; hver må være en av --participants</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="42"/>
        <source>the team: remembered, and the round opens with the next person each time</source>
        <translation>teamet: huskes, og runden starter med neste person hver gang</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="45"/>
        <source>screen number for the room&apos;s view (1 is the first)</source>
        <translation>skjermnummer for fellesvisningen (1 er den første)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="46"/>
        <source>open a new learning visit&apos;s check-in</source>
        <translation>åpne innsjekk for et nytt læringsbesøk</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="47"/>
        <source>the learning agent</source>
        <translation>læringsagenten</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="49"/>
        <source>the colleague being followed</source>
        <translation>kollegaen som blir fulgt</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="50"/>
        <source>list, export or import meeting formats</source>
        <translation>vis, eksporter eller importer møteformater</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="52"/>
        <source>one format a line, its id first</source>
        <translation>ett format per linje, med id først</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="53"/>
        <source>write a format to a file to share</source>
        <translation>skriv et format til en fil som kan deles</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="54"/>
        <source>the format&apos;s id (see: runde formats list)</source>
        <translation>formatets id (se: runde formats list)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="55"/>
        <location filename="../../ui/cli/parser.py" line="74"/>
        <location filename="../../ui/cli/parser.py" line="111"/>
        <source>the file to write</source>
        <translation>filen som skal skrives</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="56"/>
        <source>check a format file and add it</source>
        <translation>kontroller en formatfil og legg den til</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="57"/>
        <source>the format file to read</source>
        <translation>formatfilen som skal leses</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="58"/>
        <source>write a sheet without opening a window</source>
        <translation>skriv en oversikt uten å åpne et vindu</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="60"/>
        <source>one meeting&apos;s sheet: its number, or latest</source>
        <translation>ett møtes oversikt: nummeret eller latest (det siste)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="62"/>
        <source>one learning visit&apos;s sheet: its number, or latest</source>
        <translation>ett læringsbesøks oversikt: nummeret eller latest (det siste)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="64"/>
        <source>a team&apos;s sheet of its learning points over a time (no name: the only team)</source>
        <translation>et teams oversikt over læringspunktene i en periode (uten navn: det eneste teamet)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="66"/>
        <source>with --team: from this date (YYYY-MM-DD), or last-sheet: what is new since the team&apos;s last sheet (the default)</source>
        <translation>med --team: fra denne datoen (ÅÅÅÅ-MM-DD), eller last-sheet: det som er nytt siden teamets forrige oversikt (standard)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="69"/>
        <source>with --team: up to this date (YYYY-MM-DD; the default is today)</source>
        <translation>med --team: til og med denne datoen (ÅÅÅÅ-MM-DD; standard er i dag)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="71"/>
        <source>pdf to print, odt to edit (LibreOffice, Word), md text, csv a spreadsheet</source>
        <translation>pdf for utskrift, odt for redigering (LibreOffice, Word), md tekst, csv et regneark</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="76"/>
        <source>also export items marked confidential</source>
        <translation>eksporter også punkter som er merket som fortrolige</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="77"/>
        <source>show names as initials</source>
        <translation>vis navn som initialer</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="79"/>
        <source>add the planned and actual times</source>
        <translation>legg til planlagt og faktisk tid</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="80"/>
        <source>write a team&apos;s meeting series as a calendar file (.ics)</source>
        <translation>skriv et teams møteserie som en kalenderfil (.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="83"/>
        <source>the team (may be left out when there is only one)</source>
        <translation>teamet (kan utelates når det bare finnes ett)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="85"/>
        <source>the calendar file to write (.ics)</source>
        <translation>kalenderfilen som skal skrives (.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="87"/>
        <source>times in UTC, for a calendar program that ignores time zones</source>
        <translation>tider i UTC, for et kalenderprogram som ignorerer tidssoner</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="88"/>
        <source>move a team&apos;s history between this computer&apos;s file and a database server, counted table by table</source>
        <translation>flytt et teams historikk mellom denne datamaskinens fil og en databaseserver, telt opp tabell for tabell</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="91"/>
        <location filename="../../ui/cli/parser.py" line="109"/>
        <source>the team&apos;s name</source>
        <translation>teamets navn</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="93"/>
        <source>where to: a server URL, or local for this computer&apos;s own file</source>
        <translation>hvor til: en serveradresse (URL), eller local for denne datamaskinens egen fil</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="95"/>
        <source>where from (default: the database Runde uses)</source>
        <translation>hvor fra (standard: databasen Runde bruker)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="97"/>
        <source>remove the team where it came from once the copy is checked</source>
        <translation>fjern teamet der det kom fra, når kopien er kontrollert</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="104"/>
        <source>save a team&apos;s whole history as one file, or bring one in</source>
        <translation>lagre et teams hele historikk som én fil, eller hent inn en</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="107"/>
        <source>write a team&apos;s whole history to a file (as History saves it)</source>
        <translation>skriv et teams hele historikk til en fil (slik Historikk lagrer den)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="112"/>
        <source>also write confidential items and private observations (only to move your own data)</source>
        <translation>skriv også fortrolige punkter og private observasjoner (bare for å flytte dine egne data)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="114"/>
        <source>check a team file and bring it in whole, or nothing of it (a name in use gets a number)</source>
        <translation>sjekk en teamfil og hent den inn helt, eller ingenting av den (et navn som allerede brukes, får et nummer)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="117"/>
        <source>the team file to read</source>
        <translation>teamfilen som skal leses</translation>
    </message>
</context>
</TS>
