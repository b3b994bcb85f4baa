<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name></name>
    <message>
        <location filename="../../ui/application.py" line="103"/>
        <source>Runde is already open</source>
        <translation>Runde er allerede åpen</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="104"/>
        <source>Runde is already open on this computer with the same data. Switch to that window (it may be on another screen) instead of starting it twice.</source>
        <translation>Runde er allerede åpen på denne datamaskinen med de samme dataene. Bytt til det vinduet (det kan være på en annen skjerm) i stedet for å starte programmet to ganger.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="108"/>
        <source>A newer Runde wrote this data</source>
        <translation>En nyere versjon av Runde har lagret disse dataene</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="109"/>
        <source>The data was saved by a newer version of Runde. This version leaves it untouched. Please install the newer version.</source>
        <translation>Dataene ble lagret av en nyere versjon av Runde. Denne versjonen lar dem være urørt. Installer den nyere versjonen.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="117"/>
        <source>Runde cannot open its data</source>
        <translation>Runde kan ikke åpne dataene sine</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="118"/>
        <source>Runde could not open its data folder:
%1

Nothing was changed.</source>
        <translation>Runde kunne ikke åpne datamappen sin:
%1

Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="122"/>
        <source>Data on a network drive</source>
        <translation>Data på en nettverksstasjon</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="123"/>
        <source>Runde&apos;s data is on a network drive. Databases can be damaged there; keep the data on this computer (or use --data-dir with a local folder).</source>
        <translation>Dataene til Runde ligger på en nettverksstasjon. Der kan dataene bli skadet; lagre dataene på denne datamaskinen (eller bruk --data-dir med en lokal mappe).</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="130"/>
        <source>Runde&apos;s database was damaged, perhaps by a crash or a full disk. It was moved aside, not deleted:
%1</source>
        <translation>Databasen til Runde ble skadet, kanskje av et krasj eller en full disk. Den er flyttet til side, ikke slettet:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="133"/>
        <location filename="../../ui/application.py" line="137"/>
        <source>The data was damaged</source>
        <translation>Dataene ble skadet</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="134"/>
        <source>There is no backup to restore. Runde starts with empty data.</source>
        <translation>Det finnes ingen sikkerhetskopi å gjenopprette. Runde starter uten data.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="138"/>
        <source>Restore the newest good backup, from %1?</source>
        <translation>Vil du gjenopprette den nyeste gode sikkerhetskopien fra %1?</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="156"/>
        <source>Resume the meeting?</source>
        <translation>Vil du fortsette møtet?</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="157"/>
        <source>A meeting was still running when Runde stopped, %n minute(s) ago. Resume it where it was (paused, with the time that passed shown), or end it there?</source>
        <translatorcomment>review: %n is filled in by str.replace, not as a Qt plural (no numerus), so the plural cannot vary; written as &apos;%n min&apos; to avoid minute/minutes</translatorcomment>
        <translation>Et møte var fortsatt i gang da Runde stoppet for %n min siden. Vil du fortsette møtet der det slapp (på pause, og med tiden som har gått), eller avslutte det der?</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="159"/>
        <source>Resume</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="160"/>
        <source>End it there</source>
        <translation>Avslutt det der</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="187"/>
        <location filename="../../ui/application.py" line="211"/>
        <location filename="../../ui/application.py" line="357"/>
        <source>Runde</source>
        <translation>Runde</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="211"/>
        <source>The learning-visit format is missing.</source>
        <translation>Formatet for læringsbesøk mangler.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="275"/>
        <source>Settings not saved</source>
        <translation>Innstillingene ble ikke lagret</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="276"/>
        <source>The settings apply now but could not be saved for next time: %1</source>
        <translation>Innstillingene gjelder nå, men de kunne ikke lagres til neste gang: %1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="340"/>
        <source>The meeting is not being saved</source>
        <translation>Møtet blir ikke lagret</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="341"/>
        <source>The meeting runs, but Runde cannot save it: %1</source>
        <translation>Møtet går, men Runde kan ikke lagre det: %1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="358"/>
        <source>There is no format with the id &apos;%1&apos;. Choose one on the start screen.</source>
        <translation>Det finnes ikke noe format med id &apos;%1&apos;. Velg et på startskjermen.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="375"/>
        <source>Some formats could not be used</source>
        <translation>Noen formater kunne ikke brukes</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="417"/>
        <source>No backup was made</source>
        <translation>Det ble ikke tatt noen sikkerhetskopi</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="418"/>
        <source>Runde could not make its start-up backup: %1</source>
        <translation>Runde kunne ikke ta sikkerhetskopien ved oppstart: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="27"/>
        <source>Runde: a meeting timer and reflection app for learning meetings.</source>
        <translation>Runde: en tidtaker og refleksjonsapp for læringsmøter.</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="30"/>
        <source>keep everything Runde writes under DIR (a USB stick, a test)</source>
        <translation>lagre alt Runde skriver, under DIR (en minnepenn, en test)</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="31"/>
        <source>interface language: en, da, nb, sv or fi</source>
        <translation>språk i programmet: en, da, nb, sv eller fi</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="33"/>
        <source>open straight into a meeting, ready to start</source>
        <translation>åpne rett i et møte, klart til start</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="34"/>
        <source>format id (see: runde formats list)</source>
        <translation>formatets id (se: runde formats list)</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="36"/>
        <source>names separated by commas</source>
        <translation>navn skilt med komma</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="40"/>
        <source>screen number for the room&apos;s view (1 is the first)</source>
        <translation>skjermnummer for fellesvisningen (1 er den første)</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="41"/>
        <source>open a new learning visit&apos;s check-in</source>
        <translation>åpne innsjekk for et nytt læringsbesøk</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="42"/>
        <source>the learning agent</source>
        <translation>læringsagenten</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="43"/>
        <source>the colleague being followed</source>
        <translation>kollegaen som blir fulgt</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="44"/>
        <source>list, export or import meeting formats</source>
        <translation>vis, eksporter eller importer møteformater</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="46"/>
        <source>one format a line, its id first</source>
        <translation>ett format per linje, med id først</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="47"/>
        <source>write a format to a file to share</source>
        <translation>skriv et format til en fil som kan deles</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="50"/>
        <source>check a format file and add it</source>
        <translation>kontroller en formatfil og legg den til</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="52"/>
        <source>write a sheet without opening a window</source>
        <translation>skriv en oversikt uten å åpne et vindu</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="62"/>
        <source>also export items marked confidential</source>
        <translation>eksporter også punkter som er merket som fortrolige</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="63"/>
        <source>show names as initials</source>
        <translation>vis navn som initialer</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="64"/>
        <source>add the planned and actual times</source>
        <translation>legg til planlagt og faktisk tid</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="83"/>
        <source>%1 steps, about %2 min</source>
        <translation>%1 punkter, omtrent %2 min</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="86"/>
        <source>Refused: %1</source>
        <translation>Avvist: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="93"/>
        <source>No format with the id &apos;%1&apos;. See: runde formats list</source>
        <translation>Fant ikke noe format med id &apos;%1&apos;. Se: runde formats list</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="98"/>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="101"/>
        <location filename="../../ui/cli_export.py" line="91"/>
        <source>Wrote %1</source>
        <translation>Skrev %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="109"/>
        <source>The format was not imported: %1</source>
        <translation>Formatet ble ikke importert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="112"/>
        <source>Could not save the format: %1</source>
        <translation>Kunne ikke lagre formatet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="114"/>
        <source>Imported &apos;%1&apos; (%2)</source>
        <translation>Importerte &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/cli_export.py" line="37"/>
        <source>No such learning visit: %1</source>
        <translation>Læringsbesøket finnes ikke: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli_export.py" line="45"/>
        <source>No such meeting: %1</source>
        <translation>Møtet finnes ikke: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli_export.py" line="55"/>
        <source>Name the team with --team (known teams: %1)</source>
        <translation>Oppgi teamet med --team (kjente team: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/cli_export.py" line="67"/>
        <source>Runde&apos;s data cannot be opened: %1</source>
        <translation>Dataene til Runde kan ikke åpnes: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli_export.py" line="73"/>
        <source>Nothing to export: %1</source>
        <translation>Ingenting å eksportere: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli_export.py" line="81"/>
        <source>Note: these characters cannot be printed and will be missing: %1</source>
        <translation>Merk: disse tegnene kan ikke skrives ut og vil mangle: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli_export.py" line="87"/>
        <source>The sheet was not written: %1</source>
        <translation>Oversikten ble ikke skrevet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="88"/>
        <source>Page Down, →</source>
        <translation>Page Down, →</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="88"/>
        <source>Next speaker in the round, otherwise next step</source>
        <translation>Neste taler i runden, ellers neste punkt</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="89"/>
        <source>Page Up, ←</source>
        <translation>Page Up, ←</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="89"/>
        <source>Back to the previous speaker or step</source>
        <translation>Tilbake til forrige taler eller punkt</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="90"/>
        <source>Space</source>
        <translation>Mellomrom</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="90"/>
        <source>Start, pause, resume</source>
        <translation>Start, pause, fortsett</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="91"/>
        <source>+  /  −</source>
        <translation>+  /  −</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="91"/>
        <source>One minute more / less</source>
        <translation>Ett minutt mer / mindre</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="92"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="92"/>
        <source>The speaker passes</source>
        <translation>Den som har ordet, står over</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="93"/>
        <source>B  or  .</source>
        <translation>B  eller  .</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="93"/>
        <source>Black screen, and back</source>
        <translation>Svart skjerm og tilbake</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="94"/>
        <source>F5  /  Esc</source>
        <translation>F5  /  Esc</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="94"/>
        <source>Full screen / leave full screen</source>
        <translation>Fullskjerm / avslutt fullskjerm</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="95"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="95"/>
        <source>Show the operator&apos;s console</source>
        <translation>Vis kontrollpanelet</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="96"/>
        <source>F1  or  ?</source>
        <translation>F1  eller  ?</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="96"/>
        <source>This help</source>
        <translation>Denne hjelpen</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="18"/>
        <source>Learning meeting</source>
        <translation>Læringsmøte</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="18"/>
        <source>Learning visit</source>
        <translation>Læringsbesøk</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="19"/>
        <source>For the staff meeting</source>
        <translation>Til personalmøtet</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="19"/>
        <source>%(start)s – %(end)s</source>
        <translation>%(start)s – %(end)s</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="19"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="20"/>
        <source>Learning points</source>
        <translation>Læringspunkter</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="21"/>
        <source>No learning points were written down.</source>
        <translation>Det ble ikke skrevet ned noen læringspunkter.</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="22"/>
        <source>Organisational measures</source>
        <translation>Organisatoriske tiltak</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="22"/>
        <source>Open measures carried forward</source>
        <translation>Åpne tiltak som føres videre</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="23"/>
        <source>%(days)d days</source>
        <translation>%(days)d dager</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="23"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="23"/>
        <source>Presented by</source>
        <translation>Lagt fram av</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="24"/>
        <source>Learning agent and colleague</source>
        <translation>Læringsagent og kollega</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="25"/>
        <source>What the questions taught the presenter</source>
        <translatorcomment>review: glossary (?) for nb &apos;case presenter&apos;; neutral wording &apos;den som la fram casen&apos;</translatorcomment>
        <translation>Hva spørsmålene lærte den som la fram casen</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="25"/>
        <source>The round</source>
        <translation>Runden</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="26"/>
        <source>passed</source>
        <translation>stod over</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="26"/>
        <source>Observations released by the learning agent</source>
        <translation>Observasjoner som læringsagenten har frigitt</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="27"/>
        <source>No meetings or learning visits in this period.</source>
        <translation>Ingen møter eller læringsbesøk i denne perioden.</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="28"/>
        <source>Planned and actual times</source>
        <translation>Planlagt og faktisk tid</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="28"/>
        <source>Step</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="28"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="29"/>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="29"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="29"/>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="29"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="29"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="30"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="30"/>
        <source>Page %(page)d of %(pages)d</source>
        <translation>Side %(page)d av %(pages)d</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="30"/>
        <source>Made with Runde on %(date)s</source>
        <translation>Laget med Runde den %(date)s</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="31"/>
        <source>Procedure</source>
        <translation>Prosedyre</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="31"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="31"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="32"/>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="32"/>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="32"/>
        <source>Dropped</source>
        <translatorcomment>review: unsure: status word for a measure that was dropped (not done and no longer pursued); &apos;Forkastet&apos; (alternative: &apos;Droppet&apos;)</translatorcomment>
        <translation>Forkastet</translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <location filename="../../ui/capture_panel.py" line="270"/>
        <source>The case</source>
        <translation>Casen</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="271"/>
        <source>Short title</source>
        <translation>Kort tittel</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="272"/>
        <source>Presented by</source>
        <translation>Lagt fram av</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="276"/>
        <source>Learning questions asked</source>
        <translation>Læringsspørsmål som ble stilt</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="280"/>
        <source>Another question that was asked (Enter adds it)</source>
        <translation>Et annet spørsmål som ble stilt (Enter legger det til)</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="281"/>
        <source>What the questions taught the presenter</source>
        <translatorcomment>review: glossary (?) for nb &apos;case presenter&apos;; neutral wording &apos;den som la fram casen&apos;</translatorcomment>
        <translation>Hva spørsmålene lærte den som la fram casen</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="282"/>
        <source>The round: a line for the person speaking</source>
        <translation>Runden: en linje for den som har ordet</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="284"/>
        <source>What they take with them (optional)</source>
        <translation>Det de tar med seg (valgfritt)</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="285"/>
        <source>Learning points</source>
        <translation>Læringspunkter</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="273"/>
        <location filename="../../ui/capture_panel.py" line="287"/>
        <location filename="../../ui/capture_panel.py" line="319"/>
        <location filename="../../ui/capture_panel.py" line="427"/>
        <source>Confidential</source>
        <translation>Fortrolig</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="288"/>
        <source>A learning point</source>
        <translation>Et læringspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="289"/>
        <source>Learning point %1</source>
        <translation>Læringspunkt %1</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="290"/>
        <source>Add a learning point</source>
        <translation>Legg til et læringspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="291"/>
        <source>Organisational measures</source>
        <translation>Organisatoriske tiltak</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="292"/>
        <source>Add a measure</source>
        <translation>Legg til et tiltak</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="295"/>
        <source>Next time</source>
        <translation>Neste gang</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="296"/>
        <source>Feed-forward: suggestions for next time (private to the receiver)</source>
        <translation>Feed-forward: forslag til neste gang (bare for mottakeren)</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="269"/>
        <source>What we learned</source>
        <translation>Det vi lærte</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="274"/>
        <source>Left out of exports unless ticked in the export preview</source>
        <translation>Kommer ikke med i eksporter, med mindre det krysses av i forhåndsvisningen</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="283"/>
        <source>Pass</source>
        <translation>Stå over</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="297"/>
        <source>A suggestion: choose from whom and to whom, then type it (Enter adds it)</source>
        <translation>Et forslag: velg fra hvem og til hvem, og skriv det så (Enter legger det til)</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="298"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="299"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="300"/>
        <source>Focus area for the next meeting</source>
        <translation>Fokusområde til neste møte</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="301"/>
        <source>Topic suggestions, one per line</source>
        <translation>Forslag til temaer, ett per linje</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="317"/>
        <source>The measure, e.g. a new procedure</source>
        <translation>Tiltaket, f.eks. en ny prosedyre</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="318"/>
        <source>Who follows it up</source>
        <translation>Hvem følger opp</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="320"/>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="324"/>
        <source>Procedure</source>
        <translation>Prosedyre</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="325"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="326"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="338"/>
        <source>(nobody speaking)</source>
        <translation>(ingen har ordet)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture_panel.py" line="422"/>
        <source>%n learning point(s) so far; three is the usual aim.</source>
        <translation>
            <numerusform>%n læringspunkt foreløpig; målet er vanligvis tre.</numerusform>
            <numerusform>%n læringspunkter foreløpig; målet er vanligvis tre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../../ui/console.py" line="148"/>
        <source>Runde – operator&apos;s console</source>
        <translatorcomment>review: &apos;operator&apos;s console&apos; not in the glossary; &apos;kontrollpanel&apos; (also in the F2 hint)</translatorcomment>
        <translation>Runde – kontrollpanel</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="150"/>
        <source>◀ Back</source>
        <translation>◀ Tilbake</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="150"/>
        <source>Previous speaker or step (Page Up)</source>
        <translation>Forrige taler eller punkt (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="151"/>
        <source>Start / Pause</source>
        <translation>Start / Pause</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="151"/>
        <source>Start, pause or resume (Space)</source>
        <translation>Start, pause eller fortsett (mellomrom)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="152"/>
        <source>Next ▶</source>
        <translation>Neste ▶</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="152"/>
        <source>Next speaker or step (Page Down)</source>
        <translation>Neste taler eller punkt (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="153"/>
        <source>− 1 min</source>
        <translation>− 1 min</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="153"/>
        <source>One minute less (−)</source>
        <translation>Ett minutt mindre (−)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="154"/>
        <source>+ 1 min</source>
        <translation>+ 1 min</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="154"/>
        <source>One minute more (+)</source>
        <translation>Ett minutt mer (+)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="155"/>
        <source>Pass</source>
        <translation>Stå over</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="155"/>
        <source>The speaker passes (P)</source>
        <translation>Den som har ordet, står over (P)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="156"/>
        <source>Black screen</source>
        <translation>Svart skjerm</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="156"/>
        <source>Black screen and back (B)</source>
        <translation>Svart skjerm og tilbake (B)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="157"/>
        <source>Room view full screen</source>
        <translation>Fellesvisning i fullskjerm</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="157"/>
        <source>Full screen (F5)</source>
        <translation>Fullskjerm (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="158"/>
        <source>Keys…</source>
        <translation>Taster…</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="158"/>
        <source>List the keys (F1)</source>
        <translation>Vis tastene (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="164"/>
        <source>Move room view to next screen</source>
        <translation>Flytt fellesvisningen til neste skjerm</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="165"/>
        <source>Finish meeting…</source>
        <translation>Avslutt møtet…</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="166"/>
        <source>Settings…</source>
        <translation>Innstillinger…</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="167"/>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="168"/>
        <source>Agenda and round</source>
        <translation>Dagsorden og runde</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="170"/>
        <location filename="../../ui/console.py" line="197"/>
        <source>What we learned</source>
        <translation>Det vi lærte</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="171"/>
        <source>Step</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="171"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="171"/>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="172"/>
        <source>The round</source>
        <translation>Runden</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="173"/>
        <source>Absent / back</source>
        <translation>Fraværende / tilbake</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="174"/>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="175"/>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="176"/>
        <source>Name of someone who arrived late</source>
        <translation>Navn på en som kom for sent</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="177"/>
        <source>Late-comer&apos;s name</source>
        <translation>Navnet på den som kom for sent</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="178"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="179"/>
        <source>What the room sees</source>
        <translation>Det alle i rommet ser</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="215"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="215"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="216"/>
        <source>Resume</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="216"/>
        <source>Finished</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="217"/>
        <source>Meeting time %1</source>
        <translation>Møtetid %1</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="240"/>
        <source>to come</source>
        <translation>venter</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="240"/>
        <source>speaking now</source>
        <translation>har ordet nå</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="241"/>
        <source>has spoken</source>
        <translation>har snakket</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="241"/>
        <source>passed</source>
        <translation>stod over</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="242"/>
        <source>absent</source>
        <translation>fraværende</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="62"/>
        <source>Export preview</source>
        <translation>Forhåndsvisning av eksport</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="70"/>
        <source>What the sheet will contain</source>
        <translation>Det oversikten kommer til å inneholde</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="72"/>
        <source>Confidential items, ticked ones are included</source>
        <translation>Fortrolige punkter; de som er krysset av, blir tatt med</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="74"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="74"/>
        <source>Learning point</source>
        <translation>Læringspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="75"/>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="75"/>
        <source>Observation</source>
        <translation>Observasjon</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="82"/>
        <source>Show names as initials</source>
        <translation>Vis navn som initialer</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="83"/>
        <source>Add a page with planned and actual times</source>
        <translation>Legg til en side med planlagt og faktisk tid</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="87"/>
        <source>PDF (to print)</source>
        <translation>PDF (for utskrift)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="88"/>
        <source>Markdown (text)</source>
        <translation>Markdown (tekst)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="89"/>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (regneark)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="92"/>
        <source>Save…</source>
        <translation>Lagre…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="93"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="97"/>
        <source>Left out unless you tick them (confidential, or private observations):</source>
        <translation>Utelates med mindre du krysser dem av (fortrolige punkter eller private observasjoner):</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="131"/>
        <source>⚠ These characters cannot be printed in the PDF and will be missing: %1</source>
        <translation>⚠ Disse tegnene kan ikke skrives ut i PDF-filen og vil mangle: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="140"/>
        <source>Save the sheet</source>
        <translation>Lagre oversikten</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="147"/>
        <source>The sheet was not saved</source>
        <translation>Oversikten ble ikke lagret</translation>
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
        <location filename="../../ui/help_overlay.py" line="70"/>
        <source>Keys (a presentation clicker works too)</source>
        <translation>Taster (en fjernkontroll for presentasjoner fungerer også)</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="78"/>
        <source>Press any key to close.</source>
        <translation>Trykk på en hvilken som helst tast for å lukke.</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../ui/history.py" line="104"/>
        <source>Runde – history and sheets</source>
        <translation>Runde – historikk og oversikter</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="105"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="106"/>
        <source>Search all learning points and measures…</source>
        <translation>Søk i alle læringspunkter og tiltak…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="107"/>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="109"/>
        <source>Past meetings</source>
        <translation>Tidligere møter</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="110"/>
        <location filename="../../ui/history.py" line="114"/>
        <source>Learning visits</source>
        <translation>Læringsbesøk</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="115"/>
        <source>Sheet of this learning visit…</source>
        <translation>Oversikt over dette læringsbesøket…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="116"/>
        <source>Mark the measure done</source>
        <translation>Merk tiltaket som utført</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="117"/>
        <source>Sheet of this meeting…</source>
        <translation>Oversikt over dette møtet…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="118"/>
        <source>Sheet for the staff meeting…</source>
        <translatorcomment>review: &apos;sheet&apos; is not in the glossary; translated as &apos;oversikt&apos; throughout (alternative: &apos;ark&apos;)</translatorcomment>
        <translation>Oversikt til personalmøtet…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="119"/>
        <source>Restore a backup…</source>
        <translation>Gjenopprett en sikkerhetskopi…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="120"/>
        <source>Save the team&apos;s data…</source>
        <translation>Lagre teamets data…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="121"/>
        <source>Bring in a team&apos;s data…</source>
        <translation>Hent inn et teams data…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="122"/>
        <source>Remove a person everywhere…</source>
        <translation>Fjern en person overalt…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="112"/>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="108"/>
        <source>Search results</source>
        <translation>Søkeresultater</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="111"/>
        <location filename="../../ui/history.py" line="113"/>
        <source>Measures still open</source>
        <translation>Tiltak som fortsatt er åpne</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="136"/>
        <source>All teams</source>
        <translation>Alle team</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="154"/>
        <source>%n learning point(s)</source>
        <translation>
            <numerusform>%n læringspunkt</numerusform>
            <numerusform>%n læringspunkter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="168"/>
        <source>open for %n day(s)</source>
        <translation>
            <numerusform>åpen i %n dag</numerusform>
            <numerusform>åpen i %n dager</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="180"/>
        <source>Learning point</source>
        <translation>Læringspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="180"/>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="225"/>
        <location filename="../../ui/history.py" line="228"/>
        <source>Save the team&apos;s data</source>
        <translation>Lagre teamets data</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="225"/>
        <source>Choose a team first.</source>
        <translation>Velg et team først.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="237"/>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="244"/>
        <source>Bring in a team&apos;s data</source>
        <translation>Hent inn et teams data</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="245"/>
        <source>Runde team files (*.json)</source>
        <translation>Runde-teamfiler (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="252"/>
        <source>Nothing was brought in</source>
        <translation>Ingenting ble hentet inn</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="253"/>
        <source>The file could not be used: %1</source>
        <translation>Filen kunne ikke brukes: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="262"/>
        <source>Remove a person everywhere</source>
        <translation>Fjern en person overalt</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="263"/>
        <source>The name, exactly as written. It is replaced by a dash in every meeting, measure and round, and removed from the teams. This cannot be undone.</source>
        <translation>Navnet, nøyaktig slik det er skrevet. Det erstattes av en strek i alle møter, tiltak og runder og fjernes fra teamene. Dette kan ikke angres.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="275"/>
        <location filename="../../ui/history.py" line="278"/>
        <source>Restore a backup</source>
        <translation>Gjenopprett en sikkerhetskopi</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="275"/>
        <source>There are no backups yet.</source>
        <translation>Det finnes ingen sikkerhetskopier ennå.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="279"/>
        <source>Replace the current data with the backup from %1? The current data is kept aside, not deleted. Runde closes; start it again afterwards.</source>
        <translation>Vil du erstatte de nåværende dataene med sikkerhetskopien fra %1? De nåværende dataene legges til side og slettes ikke. Runde lukkes; start programmet igjen etterpå.</translation>
    </message>
</context>
<context>
    <name>MeetingController</name>
    <message>
        <location filename="../../ui/meeting_controller.py" line="71"/>
        <location filename="../../ui/meeting_controller.py" line="85"/>
        <source>F1 keys · F2 console · Esc leave full screen</source>
        <translation>F1 taster · F2 kontrollpanel · Esc avslutt fullskjerm</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="105"/>
        <source>Time is almost up: %1</source>
        <translation>Tiden er snart ute: %1</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="106"/>
        <source>Time is up: %1</source>
        <translation>Tiden er ute: %1</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="116"/>
        <source>Room view on: %1</source>
        <translation>Fellesvisning på: %1</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="210"/>
        <source>Finish the meeting?</source>
        <translation>Vil du avslutte møtet?</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="211"/>
        <source>The meeting ends now and its times are kept. You can still add learning points and measures afterwards.</source>
        <translation>Møtet avsluttes nå, og tidene blir lagret. Du kan fortsatt legge til læringspunkter og tiltak etterpå.</translation>
    </message>
</context>
<context>
    <name>MeetingSession</name>
    <message>
        <location filename="../../ui/meeting_session.py" line="85"/>
        <source>✓ Everything is saved</source>
        <translation>✓ Alt er lagret</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="88"/>
        <source>⚠ Not saved yet (%1). Kept in memory; Runde keeps trying.</source>
        <translation>⚠ Ikke lagret ennå (%1). Holdes i minnet; Runde fortsetter å prøve.</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <location filename="../../ui/room_view.py" line="72"/>
        <source>Room view</source>
        <translatorcomment>review: &apos;room view&apos; is not in the glossary; translated as &apos;fellesvisning&apos; throughout (the view everyone in the room sees)</translatorcomment>
        <translation>Fellesvisning</translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="197"/>
        <source>Step %1 of %2</source>
        <translation>Punkt %1 av %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_view.py" line="223"/>
        <source>Planned %n min</source>
        <translation>
            <numerusform>Planlagt %n min</numerusform>
            <numerusform>Planlagt %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_view.py" line="226"/>
        <source>%n min behind</source>
        <translation>
            <numerusform>%n min bak skjema</numerusform>
            <numerusform>%n min bak skjema</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_view.py" line="228"/>
        <source>%n min ahead</source>
        <translation>
            <numerusform>%n min foran skjema</numerusform>
            <numerusform>%n min foran skjema</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="229"/>
        <source>On time</source>
        <translation>I rute</translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="247"/>
        <source>Meeting finished</source>
        <translation>Møtet er ferdig</translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="281"/>
        <source>Ready – press Space to start</source>
        <translation>Klar – trykk på mellomromstasten for å starte</translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="283"/>
        <source>❚❚ Paused</source>
        <translation>❚❚ På pause</translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="287"/>
        <source>Over time – the clock keeps counting</source>
        <translation>Tiden er ute – klokken teller videre</translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="289"/>
        <source>▲ Time is almost up</source>
        <translation>▲ Tiden er snart ute</translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="337"/>
        <location filename="../../ui/room_view.py" line="366"/>
        <source>Next: %1</source>
        <translation>Neste: %1</translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="353"/>
        <source>✓ Round complete</source>
        <translation>✓ Runden er ferdig</translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="357"/>
        <source>The round</source>
        <translation>Runden</translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="373"/>
        <source>pass</source>
        <translation>står over</translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="374"/>
        <source>away</source>
        <translatorcomment>review: short roster mark beside &apos;absent&apos; (fraværende in the console); check it reads well on the room view</translatorcomment>
        <translation>borte</translation>
    </message>
</context>
<context>
    <name>RoomWindow</name>
    <message>
        <location filename="../../ui/screens.py" line="24"/>
        <source>Runde – room view</source>
        <translation>Runde – fellesvisning</translation>
    </message>
</context>
<context>
    <name>ScreenRouter</name>
    <message>
        <location filename="../../ui/screens.py" line="110"/>
        <source>Screen %1</source>
        <translation>Skjerm %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="97"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="98"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="98"/>
        <source>&amp;Colours</source>
        <translation>&amp;Farger</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="99"/>
        <source>&amp;Text size</source>
        <translation>&amp;Tekststørrelse</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="99"/>
        <source>&amp;Flash</source>
        <translation>&amp;Blink</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="100"/>
        <source>S&amp;ound</source>
        <translation>L&amp;yd</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="100"/>
        <source>&amp;Chime</source>
        <translation>Si&amp;gnal</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="100"/>
        <source>&amp;Volume</source>
        <translation>&amp;Volum</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="101"/>
        <source>&amp;Warning</source>
        <translation>Va&amp;rsel</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="101"/>
        <source>&amp;Room&apos;s screen</source>
        <translation>S&amp;kjerm for fellesvisning</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="104"/>
        <source>As the computer is set</source>
        <translation>Som datamaskinen er innstilt</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="106"/>
        <source>Dark</source>
        <translation>Mørk</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="107"/>
        <source>High contrast: black, white and yellow</source>
        <translation>Høy kontrast: svart, hvitt og gult</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="108"/>
        <source>Soft</source>
        <translation>Myk</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="108"/>
        <source>Two tones</source>
        <translation>To toner</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="111"/>
        <source>By itself: the first screen that is not this one</source>
        <translation>Automatisk: den første skjermen som ikke er denne</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="112"/>
        <source>Screen %1: %2 (%3 × %4)</source>
        <translation>Skjerm %1: %2 (%3 × %4)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="115"/>
        <source>A short flash when the time changes phase (off: nothing flashes or moves)</source>
        <translation>Et kort blink når tiden skifter fase (av: ingenting blinker eller beveger seg)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="117"/>
        <source>A chime when time is almost up and when it is up</source>
        <translation>Et signal når tiden snart er ute, og når den er ute</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="118"/>
        <source>&amp;Play</source>
        <translation>Spill &amp;av</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="119"/>
        <source>Play the chime</source>
        <translation>Spill av signalet</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="120"/>
        <source>Volume of the chime</source>
        <translation>Volumet på signalet</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="121"/>
        <source>Text size of the windows on this computer</source>
        <translation>Tekststørrelse i vinduene på denne datamaskinen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="122"/>
        <source>The room&apos;s view always makes its text as large as the screen allows. Warnings are shown by words and shapes as well as colour.</source>
        <translation>Fellesvisningen gjør alltid teksten så stor som skjermen tillater. Varsler vises med ord og former, ikke bare med farge.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="133"/>
        <source>As the format says</source>
        <translation>Slik formatet angir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_dialog.py" line="135"/>
        <source>%n second(s) before the end of a step</source>
        <translation>
            <numerusform>%n sekund før et punkt slutter</numerusform>
            <numerusform>%n sekunder før et punkt slutter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_dialog.py" line="136"/>
        <source>%n minute(s) before the end of a step</source>
        <translation>
            <numerusform>%n minutt før et punkt slutter</numerusform>
            <numerusform>%n minutter før et punkt slutter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/start_screen.py" line="148"/>
        <source>New meeting</source>
        <translation>Nytt møte</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="149"/>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="150"/>
        <source>Your team&apos;s name (remembered with its people)</source>
        <translation>Navnet på teamet (huskes sammen med deltakerne)</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="151"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="152"/>
        <source>The team: tick who is here</source>
        <translation>Teamet: kryss av for dem som er her</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="153"/>
        <source>Untick anyone who is not here today</source>
        <translation>Fjern krysset for dem som ikke er her i dag</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="154"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="155"/>
        <source>&amp;Who is here</source>
        <translation>&amp;Hvem er her</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="157"/>
        <source>One name per line, or separated by commas</source>
        <translation>Ett navn per linje, eller skilt med komma</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="158"/>
        <source>F&amp;acilitator</source>
        <translation>F&amp;asilitator</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="159"/>
        <source>Case &amp;presenter</source>
        <translatorcomment>review: glossary marks nb &apos;case presenter&apos; (?) (casepresentatør / case-eier); used the neutral &apos;Legger fram casen&apos; as the label; native check wanted</translatorcomment>
        <translation>&amp;Legger fram casen</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="160"/>
        <source>Round &amp;starts with</source>
        <translation>&amp;Runden starter med</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="161"/>
        <source>The facilitator takes a turn in the round</source>
        <translation>Fasilitatoren er med i runden</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="162"/>
        <source>The case presenter takes a turn in the round</source>
        <translatorcomment>review: glossary (?) for nb &apos;case presenter&apos;; neutral wording &apos;Den som legger fram casen&apos;</translatorcomment>
        <translation>Den som legger fram casen, er med i runden</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="163"/>
        <source>Start the meeting (Ctrl+Enter)</source>
        <translation>Start møtet (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="164"/>
        <source>History and sheets…</source>
        <translation>Historikk og oversikter…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="165"/>
        <source>Learning visit…</source>
        <translation>Læringsbesøk…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="166"/>
        <source>Settings…</source>
        <translation>Innstillinger…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="167"/>
        <source>Rotate the role: next in turn is %1</source>
        <translation>Rollen går på omgang: %1 står for tur</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="169"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="170"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="286"/>
        <source>(nobody chosen)</source>
        <translation>(ingen valgt)</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="319"/>
        <source>No formats are available.</source>
        <translation>Ingen formater er tilgjengelige.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="327"/>
        <source>Planned: %1 min of %2 min</source>
        <translation>Planlagt: %1 min av %2 min</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="330"/>
        <source>Planned: %1 min</source>
        <translation>Planlagt: %1 min</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="338"/>
        <source>⚠ Nobody takes a turn in the round yet: add names, or the round is skipped.</source>
        <translation>⚠ Ingen er med i runden ennå: legg til navn, ellers hoppes runden over.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="340"/>
        <source>⚠ The plan is longer than the meeting&apos;s usual length.</source>
        <translation>⚠ Planen er lengre enn møtets vanlige lengde.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="342"/>
        <source>ⓘ This format is meant for at least %1 people.</source>
        <translation>ⓘ Dette formatet er ment for minst %1 personer.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="345"/>
        <source>ⓘ This format is meant for at most %1 people.</source>
        <translation>ⓘ Dette formatet er ment for høyst %1 personer.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="348"/>
        <source>ⓘ Choose a facilitator: the meeting needs someone to lead it.</source>
        <translation>ⓘ Velg en fasilitator: møtet trenger noen som leder det.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="353"/>
        <source>ⓘ Some names were given twice; they are numbered (2), (3).</source>
        <translation>ⓘ Noen navn er skrevet to ganger; de får numrene (2), (3).</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="355"/>
        <source>ⓘ Very long names were shortened.</source>
        <translation>ⓘ Svært lange navn er forkortet.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="357"/>
        <source>⚠ Only the first 200 names are used.</source>
        <translation>⚠ Bare de første 200 navnene brukes.</translation>
    </message>
</context>
<context>
    <name>VisitWindow</name>
    <message>
        <location filename="../../ui/visit_window.py" line="62"/>
        <source>Runde – learning visit</source>
        <translation>Runde – læringsbesøk</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="204"/>
        <source>1 · Check-in</source>
        <translation>1 · Innsjekk</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="204"/>
        <source>2 · The day</source>
        <translation>2 · Dagen</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="205"/>
        <source>3 · Learning meeting</source>
        <translation>3 · Læringsmøte</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="208"/>
        <source>Learning agent</source>
        <translatorcomment>review: glossary note: &apos;læringsagent&apos; is also read as an AI agent in software; a qualifier may be needed</translatorcomment>
        <translation>Læringsagent</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="208"/>
        <source>Colleague being followed</source>
        <translation>Kollega som blir fulgt</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="208"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="209"/>
        <source>Day and hours</source>
        <translation>Dag og tidsrom</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="209"/>
        <source>What the agent wants from the day</source>
        <translation>Det læringsagenten vil ha ut av dagen</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="210"/>
        <source>What the colleague suggests to focus on</source>
        <translation>Det kollegaen foreslår som fokus</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="211"/>
        <source>Ground rules (one per line)</source>
        <translation>Spilleregler (én per linje)</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="211"/>
        <source>How the agent takes part</source>
        <translation>Slik deltar læringsagenten</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="215"/>
        <source>Whole day</source>
        <translation>Hel dag</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="215"/>
        <source>Half day</source>
        <translation>Halv dag</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="220"/>
        <source>As a fly on the wall</source>
        <translation>Som en flue på veggen</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="221"/>
        <source>As a kind of intern</source>
        <translation>Som en slags praktikant</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="224"/>
        <source>We both agree to the visit</source>
        <translation>Vi er begge enige om besøket</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="225"/>
        <source>The manager is informed</source>
        <translation>Lederen er informert</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="226"/>
        <source>An observation (Ctrl+O from anywhere, Enter saves it)</source>
        <translation>En observasjon (Ctrl+O fra hvor som helst, Enter lagrer den)</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="227"/>
        <source>New observation</source>
        <translation>Ny observasjon</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="228"/>
        <source>Observations are private: they stay on this computer and out of every sheet unless you tick one to release it.</source>
        <translation>Observasjoner er private: De blir på denne datamaskinen og kommer ikke med i noen oversikt, med mindre du frigir en ved å krysse den av.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="231"/>
        <source>What did you see and hear?</source>
        <translation>Hva så og hørte du?</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="231"/>
        <source>What worked well?</source>
        <translation>Hva fungerte godt?</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="232"/>
        <source>What could perhaps be done differently?</source>
        <translation>Hva kunne eventuelt vært gjort annerledes?</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="233"/>
        <source>What was it like to have a learning agent along?</source>
        <translation>Hvordan var det å ha med en læringsagent?</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="234"/>
        <source>What thoughts has the day given you?</source>
        <translation>Hvilke tanker har dagen gitt deg?</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="236"/>
        <source>Three learning points</source>
        <translation>Tre læringspunkter</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="238"/>
        <location filename="../../ui/visit_window.py" line="239"/>
        <source>Learning point %1</source>
        <translation>Læringspunkt %1</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="240"/>
        <source>The day&apos;s observations</source>
        <translation>Dagens observasjoner</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="241"/>
        <source>Present them at a staff meeting on</source>
        <translation>Presenter dem på et personalmøte den</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="242"/>
        <source>Next step</source>
        <translation>Neste punkt</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="254"/>
        <location filename="../../ui/visit_window.py" line="297"/>
        <source>Confidentiality</source>
        <translation>Fortrolighet</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="327"/>
        <source>⚠ Not saved yet (%1); Runde keeps trying.</source>
        <translation>⚠ Ikke lagret ennå (%1); Runde fortsetter å prøve.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="331"/>
        <source>✓ Everything is saved</source>
        <translation>✓ Alt er lagret</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/visit_window.py" line="334"/>
        <source>%n learning point(s) so far; three is the usual aim.</source>
        <translation>
            <numerusform>%n læringspunkt foreløpig; målet er vanligvis tre.</numerusform>
            <numerusform>%n læringspunkter foreløpig; målet er vanligvis tre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="373"/>
        <source>Ticked: released for sheets. Not ticked: private.</source>
        <translation>Krysset av: frigitt til oversikter. Ikke krysset av: privat.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="390"/>
        <source>The day starts in %1</source>
        <translation>Dagen begynner om %1</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="392"/>
        <source>The planned day is over (by %1)</source>
        <translation>Den planlagte dagen er slutt (%1 over tid)</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="394"/>
        <source>%1 gone · %2 left</source>
        <translation>%1 gått · %2 igjen</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="397"/>
        <source>(no focus agreed yet)</source>
        <translation>(ikke avtalt noe fokus ennå)</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="398"/>
        <source>Focus: %1</source>
        <translation>Fokus: %1</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="407"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="407"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="408"/>
        <source>Resume</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="408"/>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
</context>
</TS>
