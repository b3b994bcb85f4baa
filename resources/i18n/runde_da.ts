<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name></name>
    <message>
        <location filename="../../ui/application.py" line="103"/>
        <source>Runde is already open</source>
        <translation>Runde er allerede åben</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="104"/>
        <source>Runde is already open on this computer with the same data. Switch to that window (it may be on another screen) instead of starting it twice.</source>
        <translation>Runde er allerede åben på denne computer med de samme data. Skift til det vindue (det kan være på en anden skærm) i stedet for at starte programmet to gange.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="108"/>
        <source>A newer Runde wrote this data</source>
        <translation>En nyere version af Runde har gemt disse data</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="109"/>
        <source>The data was saved by a newer version of Runde. This version leaves it untouched. Please install the newer version.</source>
        <translation>Dataene er gemt af en nyere version af Runde. Denne version lader dem være urørte. Installér venligst den nyere version.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="117"/>
        <source>Runde cannot open its data</source>
        <translation>Runde kan ikke åbne sine data</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="118"/>
        <source>Runde could not open its data folder:
%1

Nothing was changed.</source>
        <translation>Runde kunne ikke åbne sin datamappe:
%1

Intet blev ændret.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="122"/>
        <source>Data on a network drive</source>
        <translation>Data på et netværksdrev</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="123"/>
        <source>Runde&apos;s data is on a network drive. Databases can be damaged there; keep the data on this computer (or use --data-dir with a local folder).</source>
        <translation>Rundes data ligger på et netværksdrev. Data kan blive beskadiget der; gem dataene på denne computer (eller brug --data-dir med en lokal mappe).</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="130"/>
        <source>Runde&apos;s database was damaged, perhaps by a crash or a full disk. It was moved aside, not deleted:
%1</source>
        <translation>Rundes database blev beskadiget, måske af et nedbrud eller en fuld disk. Den er flyttet til side, ikke slettet:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="133"/>
        <location filename="../../ui/application.py" line="137"/>
        <source>The data was damaged</source>
        <translation>Dataene blev beskadiget</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="134"/>
        <source>There is no backup to restore. Runde starts with empty data.</source>
        <translation>Der er ingen sikkerhedskopi at gendanne. Runde starter uden data.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="138"/>
        <source>Restore the newest good backup, from %1?</source>
        <translation>Vil du gendanne den nyeste gode sikkerhedskopi fra %1?</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="156"/>
        <source>Resume the meeting?</source>
        <translation>Vil du fortsætte mødet?</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="157"/>
        <source>A meeting was still running when Runde stopped, %n minute(s) ago. Resume it where it was (paused, with the time that passed shown), or end it there?</source>
        <translatorcomment>review: %n is filled in by str.replace, not as a Qt plural (no numerus), so the plural cannot vary; written as &apos;%n min&apos; to avoid minute/minutes</translatorcomment>
        <translation>Et møde var stadig i gang, da Runde stoppede for %n min siden. Vil du fortsætte mødet, hvor det slap (på pause, og med den tid, der er gået), eller afslutte det dér?</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="159"/>
        <source>Resume</source>
        <translation>Fortsæt</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="160"/>
        <source>End it there</source>
        <translation>Afslut det dér</translation>
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
        <translation>Formatet for læringsbesøg mangler.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="275"/>
        <source>Settings not saved</source>
        <translation>Indstillingerne blev ikke gemt</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="276"/>
        <source>The settings apply now but could not be saved for next time: %1</source>
        <translation>Indstillingerne gælder nu, men de kunne ikke gemmes til næste gang: %1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="340"/>
        <source>The meeting is not being saved</source>
        <translation>Mødet bliver ikke gemt</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="341"/>
        <source>The meeting runs, but Runde cannot save it: %1</source>
        <translation>Mødet kører, men Runde kan ikke gemme det: %1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="358"/>
        <source>There is no format with the id &apos;%1&apos;. Choose one on the start screen.</source>
        <translation>Der er intet format med id &apos;%1&apos;. Vælg et på startskærmen.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="375"/>
        <source>Some formats could not be used</source>
        <translation>Nogle formater kunne ikke bruges</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="417"/>
        <source>No backup was made</source>
        <translation>Der blev ikke taget en sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="418"/>
        <source>Runde could not make its start-up backup: %1</source>
        <translation>Runde kunne ikke tage sikkerhedskopien ved opstart: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="27"/>
        <source>Runde: a meeting timer and reflection app for learning meetings.</source>
        <translation>Runde: en mødetimer og refleksions-app til læringsmøder.</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="30"/>
        <source>keep everything Runde writes under DIR (a USB stick, a test)</source>
        <translation>gem alt, hvad Runde skriver, under DIR (et USB-stik, en test)</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="31"/>
        <source>interface language: en, da, nb, sv or fi</source>
        <translation>sprog i programmet: en, da, nb, sv eller fi</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="33"/>
        <source>open straight into a meeting, ready to start</source>
        <translation>åbn direkte i et møde, klar til start</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="34"/>
        <source>format id (see: runde formats list)</source>
        <translation>formatets id (se: runde formats list)</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="36"/>
        <source>names separated by commas</source>
        <translation>navne adskilt med komma</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="40"/>
        <source>screen number for the room&apos;s view (1 is the first)</source>
        <translation>skærmnummer til fællesvisningen (1 er den første)</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="41"/>
        <source>open a new learning visit&apos;s check-in</source>
        <translation>åbn tjek-ind for et nyt læringsbesøg</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="42"/>
        <source>the learning agent</source>
        <translation>læringsagenten</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="43"/>
        <source>the colleague being followed</source>
        <translation>kollegaen, der bliver fulgt</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="44"/>
        <source>list, export or import meeting formats</source>
        <translation>vis, eksportér eller importér mødeformater</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="46"/>
        <source>one format a line, its id first</source>
        <translation>ét format pr. linje, med id først</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="47"/>
        <source>write a format to a file to share</source>
        <translation>skriv et format til en fil, der kan deles</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="50"/>
        <source>check a format file and add it</source>
        <translation>kontrollér en formatfil, og tilføj den</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="52"/>
        <source>write a sheet without opening a window</source>
        <translation>skriv en oversigt uden at åbne et vindue</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="62"/>
        <source>also export items marked confidential</source>
        <translation>eksportér også punkter, der er markeret som fortrolige</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="63"/>
        <source>show names as initials</source>
        <translation>vis navne som initialer</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="64"/>
        <source>add the planned and actual times</source>
        <translation>tilføj de planlagte og faktiske tider</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="83"/>
        <source>%1 steps, about %2 min</source>
        <translation>%1 punkter, ca. %2 min</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="86"/>
        <source>Refused: %1</source>
        <translation>Afvist: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="93"/>
        <source>No format with the id &apos;%1&apos;. See: runde formats list</source>
        <translation>Fandt intet format med id &apos;%1&apos;. Se: runde formats list</translation>
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
        <translation>Formatet blev ikke importeret: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="112"/>
        <source>Could not save the format: %1</source>
        <translation>Kunne ikke gemme formatet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="114"/>
        <source>Imported &apos;%1&apos; (%2)</source>
        <translation>Importerede &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/cli_export.py" line="37"/>
        <source>No such learning visit: %1</source>
        <translation>Læringsbesøget findes ikke: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli_export.py" line="45"/>
        <source>No such meeting: %1</source>
        <translation>Mødet findes ikke: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli_export.py" line="55"/>
        <source>Name the team with --team (known teams: %1)</source>
        <translation>Angiv teamet med --team (kendte teams: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/cli_export.py" line="67"/>
        <source>Runde&apos;s data cannot be opened: %1</source>
        <translation>Rundes data kan ikke åbnes: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli_export.py" line="73"/>
        <source>Nothing to export: %1</source>
        <translation>Intet at eksportere: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli_export.py" line="81"/>
        <source>Note: these characters cannot be printed and will be missing: %1</source>
        <translation>Bemærk: disse tegn kan ikke udskrives og vil mangle: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli_export.py" line="87"/>
        <source>The sheet was not written: %1</source>
        <translation>Oversigten blev ikke skrevet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="88"/>
        <source>Page Down, →</source>
        <translation>Page Down, →</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="88"/>
        <source>Next speaker in the round, otherwise next step</source>
        <translation>Næste taler i runden, ellers næste punkt</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="89"/>
        <source>Page Up, ←</source>
        <translation>Page Up, ←</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="89"/>
        <source>Back to the previous speaker or step</source>
        <translation>Tilbage til forrige taler eller punkt</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="90"/>
        <source>Space</source>
        <translation>Mellemrum</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="90"/>
        <source>Start, pause, resume</source>
        <translation>Start, sæt på pause, fortsæt</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="91"/>
        <source>+  /  −</source>
        <translation>+  /  −</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="91"/>
        <source>One minute more / less</source>
        <translation>Ét minut mere / mindre</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="92"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="92"/>
        <source>The speaker passes</source>
        <translation>Den, der har ordet, står over</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="93"/>
        <source>B  or  .</source>
        <translation>B  eller  .</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="93"/>
        <source>Black screen, and back</source>
        <translation>Sort skærm og tilbage</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="94"/>
        <source>F5  /  Esc</source>
        <translation>F5  /  Esc</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="94"/>
        <source>Full screen / leave full screen</source>
        <translation>Fuld skærm / forlad fuld skærm</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="95"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="95"/>
        <source>Show the operator&apos;s console</source>
        <translation>Vis betjeningspanelet</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="96"/>
        <source>F1  or  ?</source>
        <translation>F1  eller  ?</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="96"/>
        <source>This help</source>
        <translation>Denne hjælp</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="18"/>
        <source>Learning meeting</source>
        <translation>Læringsmøde</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="18"/>
        <source>Learning visit</source>
        <translation>Læringsbesøg</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="19"/>
        <source>For the staff meeting</source>
        <translation>Til personalemødet</translation>
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
        <translation>Læringspointer</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="21"/>
        <source>No learning points were written down.</source>
        <translation>Der blev ikke skrevet nogen læringspointer ned.</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="22"/>
        <source>Organisational measures</source>
        <translation>Organisatoriske tiltag</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="22"/>
        <source>Open measures carried forward</source>
        <translation>Åbne tiltag, der føres videre</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="23"/>
        <source>%(days)d days</source>
        <translation>%(days)d dage</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="23"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="23"/>
        <source>Presented by</source>
        <translation>Fremlagt af</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="24"/>
        <source>Learning agent and colleague</source>
        <translation>Læringsagent og kollega</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="25"/>
        <source>What the questions taught the presenter</source>
        <translation>Hvad spørgsmålene lærte casepersonen</translation>
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
        <translation>Observationer, som læringsagenten har frigivet</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="27"/>
        <source>No meetings or learning visits in this period.</source>
        <translation>Ingen møder eller læringsbesøg i denne periode.</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="28"/>
        <source>Planned and actual times</source>
        <translation>Planlagte og faktiske tider</translation>
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
        <translation>Side %(page)d af %(pages)d</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="30"/>
        <source>Made with Runde on %(date)s</source>
        <translation>Lavet med Runde den %(date)s</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="31"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="31"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="31"/>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="32"/>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="32"/>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="32"/>
        <source>Dropped</source>
        <translatorcomment>review: unsure: status word for a measure that was dropped (not done and no longer pursued); &apos;Opgivet&apos;</translatorcomment>
        <translation>Opgivet</translation>
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
        <translation>Kort titel</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="272"/>
        <source>Presented by</source>
        <translation>Fremlagt af</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="276"/>
        <source>Learning questions asked</source>
        <translation>Læringsspørgsmål, der blev stillet</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="280"/>
        <source>Another question that was asked (Enter adds it)</source>
        <translation>Et andet spørgsmål, der blev stillet (Enter tilføjer det)</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="281"/>
        <source>What the questions taught the presenter</source>
        <translation>Hvad spørgsmålene lærte casepersonen</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="282"/>
        <source>The round: a line for the person speaking</source>
        <translation>Runden: en linje til den, der har ordet</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="284"/>
        <source>What they take with them (optional)</source>
        <translation>Det, de tager med sig (valgfrit)</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="285"/>
        <source>Learning points</source>
        <translation>Læringspointer</translation>
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
        <translation>En læringspointe</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="289"/>
        <source>Learning point %1</source>
        <translation>Læringspointe %1</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="290"/>
        <source>Add a learning point</source>
        <translation>Tilføj en læringspointe</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="291"/>
        <source>Organisational measures</source>
        <translation>Organisatoriske tiltag</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="292"/>
        <source>Add a measure</source>
        <translation>Tilføj et tiltag</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="295"/>
        <source>Next time</source>
        <translation>Næste gang</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="296"/>
        <source>Feed-forward: suggestions for next time (private to the receiver)</source>
        <translatorcomment>review: loanword kept per glossary (&apos;feedforward&apos;); check a care worker understands it</translatorcomment>
        <translation>Feedforward: forslag til næste gang (kun for modtageren)</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="269"/>
        <source>What we learned</source>
        <translation>Det, vi lærte</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="274"/>
        <source>Left out of exports unless ticked in the export preview</source>
        <translation>Kommer ikke med i eksporter, medmindre der sættes flueben ved det i forhåndsvisningen</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="283"/>
        <source>Pass</source>
        <translation>Stå over</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="297"/>
        <source>A suggestion: choose from whom and to whom, then type it (Enter adds it)</source>
        <translation>Et forslag: vælg fra hvem og til hvem, og skriv det så (Enter tilføjer det)</translation>
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
        <translation>Fokusområde til næste møde</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="301"/>
        <source>Topic suggestions, one per line</source>
        <translation>Forslag til temaer, ét pr. linje</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="317"/>
        <source>The measure, e.g. a new procedure</source>
        <translation>Tiltaget, fx en ny procedure</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="318"/>
        <source>Who follows it up</source>
        <translation>Hvem følger op</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="320"/>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="324"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="325"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="326"/>
        <source>Other</source>
        <translation>Andet</translation>
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
            <numerusform>%n læringspointe indtil nu; målet er som regel tre.</numerusform>
            <numerusform>%n læringspointer indtil nu; målet er som regel tre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../../ui/console.py" line="148"/>
        <source>Runde – operator&apos;s console</source>
        <translatorcomment>review: &apos;operator&apos;s console&apos; not in the glossary; &apos;betjeningspanel&apos; (also in the F2 hint)</translatorcomment>
        <translation>Runde – betjeningspanel</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="150"/>
        <source>◀ Back</source>
        <translation>◀ Tilbage</translation>
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
        <translation>Start, sæt på pause eller fortsæt (mellemrum)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="152"/>
        <source>Next ▶</source>
        <translation>Næste ▶</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="152"/>
        <source>Next speaker or step (Page Down)</source>
        <translation>Næste taler eller punkt (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="153"/>
        <source>− 1 min</source>
        <translation>− 1 min</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="153"/>
        <source>One minute less (−)</source>
        <translation>Ét minut mindre (−)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="154"/>
        <source>+ 1 min</source>
        <translation>+ 1 min</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="154"/>
        <source>One minute more (+)</source>
        <translation>Ét minut mere (+)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="155"/>
        <source>Pass</source>
        <translatorcomment>review: glossary gives &apos;stå over / pas&apos;; used &apos;Stå over&apos; (button) and &apos;står over&apos;/&apos;stod over&apos; for the status</translatorcomment>
        <translation>Stå over</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="155"/>
        <source>The speaker passes (P)</source>
        <translation>Den, der har ordet, står over (P)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="156"/>
        <source>Black screen</source>
        <translation>Sort skærm</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="156"/>
        <source>Black screen and back (B)</source>
        <translation>Sort skærm og tilbage (B)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="157"/>
        <source>Room view full screen</source>
        <translation>Fællesvisning i fuld skærm</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="157"/>
        <source>Full screen (F5)</source>
        <translation>Fuld skærm (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="158"/>
        <source>Keys…</source>
        <translation>Taster…</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="158"/>
        <source>List the keys (F1)</source>
        <translation>Vis tasterne (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="164"/>
        <source>Move room view to next screen</source>
        <translation>Flyt fællesvisningen til næste skærm</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="165"/>
        <source>Finish meeting…</source>
        <translation>Afslut mødet…</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="166"/>
        <source>Settings…</source>
        <translation>Indstillinger…</translation>
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
        <translation>Det, vi lærte</translation>
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
        <translation>Fraværende / tilbage</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="174"/>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="175"/>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="176"/>
        <source>Name of someone who arrived late</source>
        <translation>Navn på en, der kom for sent</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="177"/>
        <source>Late-comer&apos;s name</source>
        <translation>Navn på den, der kom for sent</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="178"/>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="179"/>
        <source>What the room sees</source>
        <translation>Det, alle i lokalet ser</translation>
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
        <translation>Fortsæt</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="216"/>
        <source>Finished</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="217"/>
        <source>Meeting time %1</source>
        <translation>Mødetid %1</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="240"/>
        <source>to come</source>
        <translation>venter</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="240"/>
        <source>speaking now</source>
        <translation>har ordet nu</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="241"/>
        <source>has spoken</source>
        <translation>har talt</translation>
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
        <translation>Forhåndsvisning af eksport</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="70"/>
        <source>What the sheet will contain</source>
        <translation>Det, oversigten kommer til at indeholde</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="72"/>
        <source>Confidential items, ticked ones are included</source>
        <translation>Fortrolige punkter; dem med flueben kommer med</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="74"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="74"/>
        <source>Learning point</source>
        <translation>Læringspointe</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="75"/>
        <source>Measure</source>
        <translation>Tiltag</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="75"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="82"/>
        <source>Show names as initials</source>
        <translation>Vis navne som initialer</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="83"/>
        <source>Add a page with planned and actual times</source>
        <translation>Tilføj en side med planlagte og faktiske tider</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="87"/>
        <source>PDF (to print)</source>
        <translation>PDF (til udskrift)</translation>
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
        <translation>Gem…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="93"/>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="97"/>
        <source>Left out unless you tick them (confidential, or private observations):</source>
        <translation>Udelades, medmindre du sætter flueben ved dem (fortrolige punkter eller private observationer):</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="131"/>
        <source>⚠ These characters cannot be printed in the PDF and will be missing: %1</source>
        <translation>⚠ Disse tegn kan ikke udskrives i PDF-filen og vil mangle: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="140"/>
        <source>Save the sheet</source>
        <translation>Gem oversigten</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="147"/>
        <source>The sheet was not saved</source>
        <translation>Oversigten blev ikke gemt</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../ui/help_overlay.py" line="19"/>
        <source>Keyboard help</source>
        <translation>Hjælp til tastaturet</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="70"/>
        <source>Keys (a presentation clicker works too)</source>
        <translation>Taster (en fjernbetjening til præsentationer virker også)</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="78"/>
        <source>Press any key to close.</source>
        <translation>Tryk på en vilkårlig tast for at lukke.</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../ui/history.py" line="104"/>
        <source>Runde – history and sheets</source>
        <translation>Runde – historik og oversigter</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="105"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="106"/>
        <source>Search all learning points and measures…</source>
        <translation>Søg i alle læringspointer og tiltag…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="107"/>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="109"/>
        <source>Past meetings</source>
        <translation>Tidligere møder</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="110"/>
        <location filename="../../ui/history.py" line="114"/>
        <source>Learning visits</source>
        <translation>Læringsbesøg</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="115"/>
        <source>Sheet of this learning visit…</source>
        <translation>Oversigt over dette læringsbesøg…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="116"/>
        <source>Mark the measure done</source>
        <translation>Markér tiltaget som udført</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="117"/>
        <source>Sheet of this meeting…</source>
        <translation>Oversigt over dette møde…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="118"/>
        <source>Sheet for the staff meeting…</source>
        <translatorcomment>review: &apos;sheet&apos; is not in the glossary; translated as &apos;oversigt&apos; throughout (alternative: &apos;ark&apos;)</translatorcomment>
        <translation>Oversigt til personalemødet…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="119"/>
        <source>Restore a backup…</source>
        <translation>Gendan en sikkerhedskopi…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="120"/>
        <source>Save the team&apos;s data…</source>
        <translation>Gem teamets data…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="121"/>
        <source>Bring in a team&apos;s data…</source>
        <translation>Hent et teams data ind…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="122"/>
        <source>Remove a person everywhere…</source>
        <translation>Fjern en person overalt…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="112"/>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="108"/>
        <source>Search results</source>
        <translation>Søgeresultater</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="111"/>
        <location filename="../../ui/history.py" line="113"/>
        <source>Measures still open</source>
        <translation>Tiltag, der stadig er åbne</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="136"/>
        <source>All teams</source>
        <translation>Alle teams</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="154"/>
        <source>%n learning point(s)</source>
        <translation>
            <numerusform>%n læringspointe</numerusform>
            <numerusform>%n læringspointer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="168"/>
        <source>open for %n day(s)</source>
        <translation>
            <numerusform>åben i %n dag</numerusform>
            <numerusform>åben i %n dage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="180"/>
        <source>Learning point</source>
        <translation>Læringspointe</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="180"/>
        <source>Measure</source>
        <translation>Tiltag</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="225"/>
        <location filename="../../ui/history.py" line="228"/>
        <source>Save the team&apos;s data</source>
        <translation>Gem teamets data</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="225"/>
        <source>Choose a team first.</source>
        <translation>Vælg først et team.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="237"/>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="244"/>
        <source>Bring in a team&apos;s data</source>
        <translation>Hent et teams data ind</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="245"/>
        <source>Runde team files (*.json)</source>
        <translation>Runde-teamfiler (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="252"/>
        <source>Nothing was brought in</source>
        <translation>Intet blev hentet ind</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="253"/>
        <source>The file could not be used: %1</source>
        <translation>Filen kunne ikke bruges: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="262"/>
        <source>Remove a person everywhere</source>
        <translation>Fjern en person overalt</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="263"/>
        <source>The name, exactly as written. It is replaced by a dash in every meeting, measure and round, and removed from the teams. This cannot be undone.</source>
        <translation>Navnet, præcis som det er skrevet. Det erstattes af en streg i alle møder, tiltag og runder og fjernes fra teamene. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="275"/>
        <location filename="../../ui/history.py" line="278"/>
        <source>Restore a backup</source>
        <translation>Gendan en sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="275"/>
        <source>There are no backups yet.</source>
        <translation>Der er ingen sikkerhedskopier endnu.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="279"/>
        <source>Replace the current data with the backup from %1? The current data is kept aside, not deleted. Runde closes; start it again afterwards.</source>
        <translation>Vil du erstatte de nuværende data med sikkerhedskopien fra %1? De nuværende data lægges til side og slettes ikke. Runde lukker; start programmet igen bagefter.</translation>
    </message>
</context>
<context>
    <name>MeetingController</name>
    <message>
        <location filename="../../ui/meeting_controller.py" line="71"/>
        <location filename="../../ui/meeting_controller.py" line="85"/>
        <source>F1 keys · F2 console · Esc leave full screen</source>
        <translation>F1 taster · F2 betjeningspanel · Esc forlad fuld skærm</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="105"/>
        <source>Time is almost up: %1</source>
        <translation>Tiden er næsten gået: %1</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="106"/>
        <source>Time is up: %1</source>
        <translation>Tiden er gået: %1</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="116"/>
        <source>Room view on: %1</source>
        <translation>Fællesvisning på: %1</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="210"/>
        <source>Finish the meeting?</source>
        <translation>Vil du afslutte mødet?</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="211"/>
        <source>The meeting ends now and its times are kept. You can still add learning points and measures afterwards.</source>
        <translation>Mødet slutter nu, og tiderne gemmes. Du kan stadig tilføje læringspointer og tiltag bagefter.</translation>
    </message>
</context>
<context>
    <name>MeetingSession</name>
    <message>
        <location filename="../../ui/meeting_session.py" line="85"/>
        <source>✓ Everything is saved</source>
        <translation>✓ Alt er gemt</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="88"/>
        <source>⚠ Not saved yet (%1). Kept in memory; Runde keeps trying.</source>
        <translation>⚠ Ikke gemt endnu (%1). Holdes i hukommelsen; Runde bliver ved med at prøve.</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <location filename="../../ui/room_view.py" line="72"/>
        <source>Room view</source>
        <translatorcomment>review: &apos;room view&apos; is not in the glossary; translated as &apos;fællesvisning&apos; throughout (the view everyone in the room sees)</translatorcomment>
        <translation>Fællesvisning</translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="197"/>
        <source>Step %1 of %2</source>
        <translation>Punkt %1 af %2</translation>
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
            <numerusform>%n min bagud</numerusform>
            <numerusform>%n min bagud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_view.py" line="228"/>
        <source>%n min ahead</source>
        <translation>
            <numerusform>%n min foran</numerusform>
            <numerusform>%n min foran</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="229"/>
        <source>On time</source>
        <translation>Til tiden</translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="247"/>
        <source>Meeting finished</source>
        <translation>Mødet er slut</translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="281"/>
        <source>Ready – press Space to start</source>
        <translation>Klar – tryk på mellemrumstasten for at starte</translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="283"/>
        <source>❚❚ Paused</source>
        <translation>❚❚ På pause</translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="287"/>
        <source>Over time – the clock keeps counting</source>
        <translation>Tiden er gået – uret tæller videre</translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="289"/>
        <source>▲ Time is almost up</source>
        <translation>▲ Tiden er næsten gået</translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="337"/>
        <location filename="../../ui/room_view.py" line="366"/>
        <source>Next: %1</source>
        <translation>Næste: %1</translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="353"/>
        <source>✓ Round complete</source>
        <translation>✓ Runden er slut</translation>
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
        <translation>væk</translation>
    </message>
</context>
<context>
    <name>RoomWindow</name>
    <message>
        <location filename="../../ui/screens.py" line="24"/>
        <source>Runde – room view</source>
        <translation>Runde – fællesvisning</translation>
    </message>
</context>
<context>
    <name>ScreenRouter</name>
    <message>
        <location filename="../../ui/screens.py" line="110"/>
        <source>Screen %1</source>
        <translation>Skærm %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="97"/>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="98"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="98"/>
        <source>&amp;Colours</source>
        <translation>&amp;Farver</translation>
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
        <translation>&amp;Lydstyrke</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="101"/>
        <source>&amp;Warning</source>
        <translation>Ad&amp;varsel</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="101"/>
        <source>&amp;Room&apos;s screen</source>
        <translation>Skær&amp;m til fællesvisning</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="104"/>
        <source>As the computer is set</source>
        <translation>Som computeren er indstillet</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="106"/>
        <source>Dark</source>
        <translation>Mørk</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="107"/>
        <source>High contrast: black, white and yellow</source>
        <translation>Høj kontrast: sort, hvid og gul</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="108"/>
        <source>Soft</source>
        <translation>Blød</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="108"/>
        <source>Two tones</source>
        <translation>To toner</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="111"/>
        <source>By itself: the first screen that is not this one</source>
        <translation>Automatisk: den første skærm, der ikke er denne</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="112"/>
        <source>Screen %1: %2 (%3 × %4)</source>
        <translation>Skærm %1: %2 (%3 × %4)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="115"/>
        <source>A short flash when the time changes phase (off: nothing flashes or moves)</source>
        <translation>Et kort blink, når tiden skifter fase (fra: intet blinker eller bevæger sig)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="117"/>
        <source>A chime when time is almost up and when it is up</source>
        <translation>Et signal, når tiden næsten er gået, og når den er gået</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="118"/>
        <source>&amp;Play</source>
        <translation>&amp;Afspil</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="119"/>
        <source>Play the chime</source>
        <translation>Afspil signalet</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="120"/>
        <source>Volume of the chime</source>
        <translation>Signalets lydstyrke</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="121"/>
        <source>Text size of the windows on this computer</source>
        <translation>Tekststørrelse i vinduerne på denne computer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="122"/>
        <source>The room&apos;s view always makes its text as large as the screen allows. Warnings are shown by words and shapes as well as colour.</source>
        <translation>Fællesvisningen gør altid teksten så stor, som skærmen tillader. Advarsler vises med ord og former og ikke kun med farve.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="133"/>
        <source>As the format says</source>
        <translation>Som formatet angiver</translation>
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
            <numerusform>%n minut før et punkt slutter</numerusform>
            <numerusform>%n minutter før et punkt slutter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/start_screen.py" line="148"/>
        <source>New meeting</source>
        <translation>Nyt møde</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="149"/>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="150"/>
        <source>Your team&apos;s name (remembered with its people)</source>
        <translation>Jeres teams navn (huskes sammen med deltagerne)</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="151"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="152"/>
        <source>The team: tick who is here</source>
        <translation>Teamet: sæt flueben ved dem, der er her</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="153"/>
        <source>Untick anyone who is not here today</source>
        <translation>Fjern fluebenet ved dem, der ikke er her i dag</translation>
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
        <translation>Ét navn pr. linje eller adskilt med komma</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="158"/>
        <source>F&amp;acilitator</source>
        <translation>F&amp;acilitator</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="159"/>
        <source>Case &amp;presenter</source>
        <translation>&amp;Caseperson</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="160"/>
        <source>Round &amp;starts with</source>
        <translation>&amp;Runden starter med</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="161"/>
        <source>The facilitator takes a turn in the round</source>
        <translation>Facilitatoren er med i runden</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="162"/>
        <source>The case presenter takes a turn in the round</source>
        <translation>Casepersonen er med i runden</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="163"/>
        <source>Start the meeting (Ctrl+Enter)</source>
        <translation>Start mødet (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="164"/>
        <source>History and sheets…</source>
        <translation>Historik og oversigter…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="165"/>
        <source>Learning visit…</source>
        <translation>Læringsbesøg…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="166"/>
        <source>Settings…</source>
        <translation>Indstillinger…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="167"/>
        <source>Rotate the role: next in turn is %1</source>
        <translation>Rollen går på skift: næste i rækken er %1</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="169"/>
        <source>Participants</source>
        <translation>Deltagere</translation>
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
        <translation>Ingen formater er tilgængelige.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="327"/>
        <source>Planned: %1 min of %2 min</source>
        <translation>Planlagt: %1 min af %2 min</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="330"/>
        <source>Planned: %1 min</source>
        <translation>Planlagt: %1 min</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="338"/>
        <source>⚠ Nobody takes a turn in the round yet: add names, or the round is skipped.</source>
        <translation>⚠ Ingen er med i runden endnu: tilføj navne, ellers springes runden over.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="340"/>
        <source>⚠ The plan is longer than the meeting&apos;s usual length.</source>
        <translation>⚠ Planen er længere end mødets sædvanlige længde.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="342"/>
        <source>ⓘ This format is meant for at least %1 people.</source>
        <translation>ⓘ Dette format er beregnet til mindst %1 personer.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="345"/>
        <source>ⓘ This format is meant for at most %1 people.</source>
        <translation>ⓘ Dette format er beregnet til højst %1 personer.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="348"/>
        <source>ⓘ Choose a facilitator: the meeting needs someone to lead it.</source>
        <translation>ⓘ Vælg en facilitator: mødet skal have en, der leder det.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="353"/>
        <source>ⓘ Some names were given twice; they are numbered (2), (3).</source>
        <translation>ⓘ Nogle navne er skrevet to gange; de får numrene (2), (3).</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="355"/>
        <source>ⓘ Very long names were shortened.</source>
        <translation>ⓘ Meget lange navne er blevet forkortet.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="357"/>
        <source>⚠ Only the first 200 names are used.</source>
        <translation>⚠ Kun de første 200 navne bruges.</translation>
    </message>
</context>
<context>
    <name>VisitWindow</name>
    <message>
        <location filename="../../ui/visit_window.py" line="62"/>
        <source>Runde – learning visit</source>
        <translation>Runde – læringsbesøg</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="204"/>
        <source>1 · Check-in</source>
        <translation>1 · Tjek-ind</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="204"/>
        <source>2 · The day</source>
        <translation>2 · Dagen</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="205"/>
        <source>3 · Learning meeting</source>
        <translation>3 · Læringsmøde</translation>
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
        <translation>Kollega, der bliver fulgt</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="208"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="209"/>
        <source>Day and hours</source>
        <translation>Dag og tidsrum</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="209"/>
        <source>What the agent wants from the day</source>
        <translation>Det, læringsagenten gerne vil have ud af dagen</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="210"/>
        <source>What the colleague suggests to focus on</source>
        <translation>Det, kollegaen foreslår som fokus</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="211"/>
        <source>Ground rules (one per line)</source>
        <translation>Spilleregler (én pr. linje)</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="211"/>
        <source>How the agent takes part</source>
        <translation>Sådan deltager læringsagenten</translation>
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
        <translation>Som en flue på væggen</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="221"/>
        <source>As a kind of intern</source>
        <translation>Som en slags praktikant</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="224"/>
        <source>We both agree to the visit</source>
        <translation>Vi er begge indforståede med besøget</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="225"/>
        <source>The manager is informed</source>
        <translation>Lederen er orienteret</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="226"/>
        <source>An observation (Ctrl+O from anywhere, Enter saves it)</source>
        <translation>En observation (Ctrl+O hvor som helst fra, Enter gemmer den)</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="227"/>
        <source>New observation</source>
        <translation>Ny observation</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="228"/>
        <source>Observations are private: they stay on this computer and out of every sheet unless you tick one to release it.</source>
        <translation>Observationer er private: De bliver på denne computer og kommer ikke med i nogen oversigt, medmindre du frigiver en ved at sætte flueben ved den.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="231"/>
        <source>What did you see and hear?</source>
        <translation>Hvad så og hørte du?</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="231"/>
        <source>What worked well?</source>
        <translation>Hvad virkede godt?</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="232"/>
        <source>What could perhaps be done differently?</source>
        <translation>Hvad kunne eventuelt gøres anderledes?</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="233"/>
        <source>What was it like to have a learning agent along?</source>
        <translation>Hvordan var det at have en læringsagent med?</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="234"/>
        <source>What thoughts has the day given you?</source>
        <translation>Hvilke tanker har dagen givet dig?</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="236"/>
        <source>Three learning points</source>
        <translation>Tre læringspointer</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="238"/>
        <location filename="../../ui/visit_window.py" line="239"/>
        <source>Learning point %1</source>
        <translation>Læringspointe %1</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="240"/>
        <source>The day&apos;s observations</source>
        <translation>Dagens observationer</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="241"/>
        <source>Present them at a staff meeting on</source>
        <translation>Præsentér dem på et personalemøde den</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="242"/>
        <source>Next step</source>
        <translation>Næste punkt</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="254"/>
        <location filename="../../ui/visit_window.py" line="297"/>
        <source>Confidentiality</source>
        <translation>Fortrolighed</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="327"/>
        <source>⚠ Not saved yet (%1); Runde keeps trying.</source>
        <translation>⚠ Ikke gemt endnu (%1); Runde bliver ved med at prøve.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="331"/>
        <source>✓ Everything is saved</source>
        <translation>✓ Alt er gemt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/visit_window.py" line="334"/>
        <source>%n learning point(s) so far; three is the usual aim.</source>
        <translation>
            <numerusform>%n læringspointe indtil nu; målet er som regel tre.</numerusform>
            <numerusform>%n læringspointer indtil nu; målet er som regel tre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="373"/>
        <source>Ticked: released for sheets. Not ticked: private.</source>
        <translation>Med flueben: frigivet til oversigter. Uden flueben: privat.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="390"/>
        <source>The day starts in %1</source>
        <translation>Dagen begynder om %1</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="392"/>
        <source>The planned day is over (by %1)</source>
        <translation>Den planlagte dag er slut (%1 over tid)</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="394"/>
        <source>%1 gone · %2 left</source>
        <translation>%1 gået · %2 tilbage</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="397"/>
        <source>(no focus agreed yet)</source>
        <translation>(intet fokus aftalt endnu)</translation>
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
        <translation>Fortsæt</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="408"/>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
</context>
</TS>
