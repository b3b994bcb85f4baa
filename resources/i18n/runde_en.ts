<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <location filename="../../ui/application.py" line="103"/>
        <source>Runde is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="104"/>
        <source>Runde is already open on this computer with the same data. Switch to that window (it may be on another screen) instead of starting it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="108"/>
        <source>A newer Runde wrote this data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="109"/>
        <source>The data was saved by a newer version of Runde. This version leaves it untouched. Please install the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="117"/>
        <source>Runde cannot open its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="118"/>
        <source>Runde could not open its data folder:
%1

Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="122"/>
        <source>Data on a network drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="123"/>
        <source>Runde&apos;s data is on a network drive. Databases can be damaged there; keep the data on this computer (or use --data-dir with a local folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="130"/>
        <source>Runde&apos;s database was damaged, perhaps by a crash or a full disk. It was moved aside, not deleted:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="133"/>
        <location filename="../../ui/application.py" line="137"/>
        <source>The data was damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="134"/>
        <source>There is no backup to restore. Runde starts with empty data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="138"/>
        <source>Restore the newest good backup, from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="156"/>
        <source>Resume the meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="157"/>
        <source>A meeting was still running when Runde stopped, %n minute(s) ago. Resume it where it was (paused, with the time that passed shown), or end it there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="159"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="160"/>
        <source>End it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="187"/>
        <location filename="../../ui/application.py" line="211"/>
        <location filename="../../ui/application.py" line="357"/>
        <source>Runde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="211"/>
        <source>The learning-visit format is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="275"/>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="276"/>
        <source>The settings apply now but could not be saved for next time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="340"/>
        <source>The meeting is not being saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="341"/>
        <source>The meeting runs, but Runde cannot save it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="358"/>
        <source>There is no format with the id &apos;%1&apos;. Choose one on the start screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="375"/>
        <source>Some formats could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="417"/>
        <source>No backup was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="418"/>
        <source>Runde could not make its start-up backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="27"/>
        <source>Runde: a meeting timer and reflection app for learning meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="30"/>
        <source>keep everything Runde writes under DIR (a USB stick, a test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="31"/>
        <source>interface language: en, da, nb, sv or fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="33"/>
        <source>open straight into a meeting, ready to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="34"/>
        <source>format id (see: runde formats list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="36"/>
        <source>names separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="40"/>
        <source>screen number for the room&apos;s view (1 is the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="41"/>
        <source>open a new learning visit&apos;s check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="42"/>
        <source>the learning agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="43"/>
        <source>the colleague being followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="44"/>
        <source>list, export or import meeting formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="46"/>
        <source>one format a line, its id first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="47"/>
        <source>write a format to a file to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="50"/>
        <source>check a format file and add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="52"/>
        <source>write a sheet without opening a window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="62"/>
        <source>also export items marked confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="63"/>
        <source>show names as initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="64"/>
        <source>add the planned and actual times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="83"/>
        <source>%1 steps, about %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="86"/>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="93"/>
        <source>No format with the id &apos;%1&apos;. See: runde formats list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="98"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="101"/>
        <location filename="../../ui/cli_export.py" line="91"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="109"/>
        <source>The format was not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="112"/>
        <source>Could not save the format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="114"/>
        <source>Imported &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli_export.py" line="37"/>
        <source>No such learning visit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli_export.py" line="45"/>
        <source>No such meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli_export.py" line="55"/>
        <source>Name the team with --team (known teams: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli_export.py" line="67"/>
        <source>Runde&apos;s data cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli_export.py" line="73"/>
        <source>Nothing to export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli_export.py" line="81"/>
        <source>Note: these characters cannot be printed and will be missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli_export.py" line="87"/>
        <source>The sheet was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="88"/>
        <source>Page Down, →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="88"/>
        <source>Next speaker in the round, otherwise next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="89"/>
        <source>Page Up, ←</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="89"/>
        <source>Back to the previous speaker or step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="90"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="90"/>
        <source>Start, pause, resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="91"/>
        <source>+  /  −</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="91"/>
        <source>One minute more / less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="92"/>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="92"/>
        <source>The speaker passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="93"/>
        <source>B  or  .</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="93"/>
        <source>Black screen, and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="94"/>
        <source>F5  /  Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="94"/>
        <source>Full screen / leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="95"/>
        <source>F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="95"/>
        <source>Show the operator&apos;s console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="96"/>
        <source>F1  or  ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="96"/>
        <source>This help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="18"/>
        <source>Learning meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="18"/>
        <source>Learning visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="19"/>
        <source>For the staff meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="19"/>
        <source>%(start)s – %(end)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="19"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="20"/>
        <source>Learning points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="21"/>
        <source>No learning points were written down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="22"/>
        <source>Organisational measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="22"/>
        <source>Open measures carried forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="23"/>
        <source>%(days)d days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="23"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="23"/>
        <source>Presented by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="24"/>
        <source>Learning agent and colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="25"/>
        <source>What the questions taught the presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="25"/>
        <source>The round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="26"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="26"/>
        <source>Observations released by the learning agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="27"/>
        <source>No meetings or learning visits in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="28"/>
        <source>Planned and actual times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="28"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="28"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="29"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="29"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="29"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="29"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="29"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="30"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="30"/>
        <source>Page %(page)d of %(pages)d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="30"/>
        <source>Made with Runde on %(date)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="31"/>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="31"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="31"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="32"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="32"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="32"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <location filename="../../ui/capture_panel.py" line="270"/>
        <source>The case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="271"/>
        <source>Short title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="272"/>
        <source>Presented by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="276"/>
        <source>Learning questions asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="280"/>
        <source>Another question that was asked (Enter adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="281"/>
        <source>What the questions taught the presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="282"/>
        <source>The round: a line for the person speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="284"/>
        <source>What they take with them (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="285"/>
        <source>Learning points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="273"/>
        <location filename="../../ui/capture_panel.py" line="287"/>
        <location filename="../../ui/capture_panel.py" line="319"/>
        <location filename="../../ui/capture_panel.py" line="427"/>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="288"/>
        <source>A learning point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="289"/>
        <source>Learning point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="290"/>
        <source>Add a learning point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="291"/>
        <source>Organisational measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="292"/>
        <source>Add a measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="295"/>
        <source>Next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="296"/>
        <source>Feed-forward: suggestions for next time (private to the receiver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="269"/>
        <source>What we learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="274"/>
        <source>Left out of exports unless ticked in the export preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="283"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="297"/>
        <source>A suggestion: choose from whom and to whom, then type it (Enter adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="298"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="299"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="300"/>
        <source>Focus area for the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="301"/>
        <source>Topic suggestions, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="317"/>
        <source>The measure, e.g. a new procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="318"/>
        <source>Who follows it up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="320"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="324"/>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="325"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="326"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="338"/>
        <source>(nobody speaking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture_panel.py" line="422"/>
        <source>%n learning point(s) so far; three is the usual aim.</source>
        <translation>
            <numerusform>%n learning point so far; three is the usual aim.</numerusform>
            <numerusform>%n learning points so far; three is the usual aim.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../../ui/console.py" line="148"/>
        <source>Runde – operator&apos;s console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="150"/>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="150"/>
        <source>Previous speaker or step (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="151"/>
        <source>Start / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="151"/>
        <source>Start, pause or resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="152"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="152"/>
        <source>Next speaker or step (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="153"/>
        <source>− 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="153"/>
        <source>One minute less (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="154"/>
        <source>+ 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="154"/>
        <source>One minute more (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="155"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="155"/>
        <source>The speaker passes (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="156"/>
        <source>Black screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="156"/>
        <source>Black screen and back (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="157"/>
        <source>Room view full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="157"/>
        <source>Full screen (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="158"/>
        <source>Keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="158"/>
        <source>List the keys (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="164"/>
        <source>Move room view to next screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="165"/>
        <source>Finish meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="166"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="167"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="168"/>
        <source>Agenda and round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="170"/>
        <location filename="../../ui/console.py" line="197"/>
        <source>What we learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="171"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="171"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="171"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="172"/>
        <source>The round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="173"/>
        <source>Absent / back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="174"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="175"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="176"/>
        <source>Name of someone who arrived late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="177"/>
        <source>Late-comer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="178"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="179"/>
        <source>What the room sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="215"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="215"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="216"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="216"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="217"/>
        <source>Meeting time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="240"/>
        <source>to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="240"/>
        <source>speaking now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="241"/>
        <source>has spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="241"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="242"/>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="62"/>
        <source>Export preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="70"/>
        <source>What the sheet will contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="72"/>
        <source>Confidential items, ticked ones are included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="74"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="74"/>
        <source>Learning point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="75"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="75"/>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="82"/>
        <source>Show names as initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="83"/>
        <source>Add a page with planned and actual times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="87"/>
        <source>PDF (to print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="88"/>
        <source>Markdown (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="89"/>
        <source>CSV (spreadsheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="92"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="93"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="97"/>
        <source>Left out unless you tick them (confidential, or private observations):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="131"/>
        <source>⚠ These characters cannot be printed in the PDF and will be missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="140"/>
        <source>Save the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="147"/>
        <source>The sheet was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../ui/help_overlay.py" line="19"/>
        <source>Keyboard help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="70"/>
        <source>Keys (a presentation clicker works too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="78"/>
        <source>Press any key to close.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../ui/history.py" line="104"/>
        <source>Runde – history and sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="105"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="106"/>
        <source>Search all learning points and measures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="107"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="109"/>
        <source>Past meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="110"/>
        <location filename="../../ui/history.py" line="114"/>
        <source>Learning visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="115"/>
        <source>Sheet of this learning visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="116"/>
        <source>Mark the measure done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="117"/>
        <source>Sheet of this meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="118"/>
        <source>Sheet for the staff meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="119"/>
        <source>Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="120"/>
        <source>Save the team&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="121"/>
        <source>Bring in a team&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="122"/>
        <source>Remove a person everywhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="112"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="108"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="111"/>
        <location filename="../../ui/history.py" line="113"/>
        <source>Measures still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="136"/>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="154"/>
        <source>%n learning point(s)</source>
        <translation>
            <numerusform>%n learning point</numerusform>
            <numerusform>%n learning points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="168"/>
        <source>open for %n day(s)</source>
        <translation>
            <numerusform>open for %n day</numerusform>
            <numerusform>open for %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="180"/>
        <source>Learning point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="180"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="225"/>
        <location filename="../../ui/history.py" line="228"/>
        <source>Save the team&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="225"/>
        <source>Choose a team first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="237"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="244"/>
        <source>Bring in a team&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="245"/>
        <source>Runde team files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="252"/>
        <source>Nothing was brought in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="253"/>
        <source>The file could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="262"/>
        <source>Remove a person everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="263"/>
        <source>The name, exactly as written. It is replaced by a dash in every meeting, measure and round, and removed from the teams. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="275"/>
        <location filename="../../ui/history.py" line="278"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="275"/>
        <source>There are no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="279"/>
        <source>Replace the current data with the backup from %1? The current data is kept aside, not deleted. Runde closes; start it again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingController</name>
    <message>
        <location filename="../../ui/meeting_controller.py" line="71"/>
        <location filename="../../ui/meeting_controller.py" line="85"/>
        <source>F1 keys · F2 console · Esc leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="105"/>
        <source>Time is almost up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="106"/>
        <source>Time is up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="116"/>
        <source>Room view on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="210"/>
        <source>Finish the meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="211"/>
        <source>The meeting ends now and its times are kept. You can still add learning points and measures afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingSession</name>
    <message>
        <location filename="../../ui/meeting_session.py" line="85"/>
        <source>✓ Everything is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="88"/>
        <source>⚠ Not saved yet (%1). Kept in memory; Runde keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <location filename="../../ui/room_view.py" line="72"/>
        <source>Room view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="197"/>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_view.py" line="223"/>
        <source>Planned %n min</source>
        <translation>
            <numerusform>Planned %n min</numerusform>
            <numerusform>Planned %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_view.py" line="226"/>
        <source>%n min behind</source>
        <translation>
            <numerusform>%n min behind</numerusform>
            <numerusform>%n min behind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_view.py" line="228"/>
        <source>%n min ahead</source>
        <translation>
            <numerusform>%n min ahead</numerusform>
            <numerusform>%n min ahead</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="229"/>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="247"/>
        <source>Meeting finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="281"/>
        <source>Ready – press Space to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="283"/>
        <source>❚❚ Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="287"/>
        <source>Over time – the clock keeps counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="289"/>
        <source>▲ Time is almost up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="337"/>
        <location filename="../../ui/room_view.py" line="366"/>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="353"/>
        <source>✓ Round complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="357"/>
        <source>The round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="373"/>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="374"/>
        <source>away</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomWindow</name>
    <message>
        <location filename="../../ui/screens.py" line="24"/>
        <source>Runde – room view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenRouter</name>
    <message>
        <location filename="../../ui/screens.py" line="110"/>
        <source>Screen %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="97"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="98"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="98"/>
        <source>&amp;Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="99"/>
        <source>&amp;Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="99"/>
        <source>&amp;Flash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="100"/>
        <source>S&amp;ound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="100"/>
        <source>&amp;Chime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="100"/>
        <source>&amp;Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="101"/>
        <source>&amp;Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="101"/>
        <source>&amp;Room&apos;s screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="104"/>
        <source>As the computer is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="106"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="107"/>
        <source>High contrast: black, white and yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="108"/>
        <source>Soft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="108"/>
        <source>Two tones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="111"/>
        <source>By itself: the first screen that is not this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="112"/>
        <source>Screen %1: %2 (%3 × %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="115"/>
        <source>A short flash when the time changes phase (off: nothing flashes or moves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="117"/>
        <source>A chime when time is almost up and when it is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="118"/>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="119"/>
        <source>Play the chime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="120"/>
        <source>Volume of the chime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="121"/>
        <source>Text size of the windows on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="122"/>
        <source>The room&apos;s view always makes its text as large as the screen allows. Warnings are shown by words and shapes as well as colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="133"/>
        <source>As the format says</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_dialog.py" line="135"/>
        <source>%n second(s) before the end of a step</source>
        <translation>
            <numerusform>%n second before the end of a step</numerusform>
            <numerusform>%n seconds before the end of a step</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_dialog.py" line="136"/>
        <source>%n minute(s) before the end of a step</source>
        <translation>
            <numerusform>%n minute before the end of a step</numerusform>
            <numerusform>%n minutes before the end of a step</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/start_screen.py" line="148"/>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="149"/>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="150"/>
        <source>Your team&apos;s name (remembered with its people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="151"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="152"/>
        <source>The team: tick who is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="153"/>
        <source>Untick anyone who is not here today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="154"/>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="155"/>
        <source>&amp;Who is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="157"/>
        <source>One name per line, or separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="158"/>
        <source>F&amp;acilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="159"/>
        <source>Case &amp;presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="160"/>
        <source>Round &amp;starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="161"/>
        <source>The facilitator takes a turn in the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="162"/>
        <source>The case presenter takes a turn in the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="163"/>
        <source>Start the meeting (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="164"/>
        <source>History and sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="165"/>
        <source>Learning visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="166"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="167"/>
        <source>Rotate the role: next in turn is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="169"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="170"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="286"/>
        <source>(nobody chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="319"/>
        <source>No formats are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="327"/>
        <source>Planned: %1 min of %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="330"/>
        <source>Planned: %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="338"/>
        <source>⚠ Nobody takes a turn in the round yet: add names, or the round is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="340"/>
        <source>⚠ The plan is longer than the meeting&apos;s usual length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="342"/>
        <source>ⓘ This format is meant for at least %1 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="345"/>
        <source>ⓘ This format is meant for at most %1 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="348"/>
        <source>ⓘ Choose a facilitator: the meeting needs someone to lead it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="353"/>
        <source>ⓘ Some names were given twice; they are numbered (2), (3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="355"/>
        <source>ⓘ Very long names were shortened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="357"/>
        <source>⚠ Only the first 200 names are used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitWindow</name>
    <message>
        <location filename="../../ui/visit_window.py" line="62"/>
        <source>Runde – learning visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="204"/>
        <source>1 · Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="204"/>
        <source>2 · The day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="205"/>
        <source>3 · Learning meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="208"/>
        <source>Learning agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="208"/>
        <source>Colleague being followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="208"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="209"/>
        <source>Day and hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="209"/>
        <source>What the agent wants from the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="210"/>
        <source>What the colleague suggests to focus on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="211"/>
        <source>Ground rules (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="211"/>
        <source>How the agent takes part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="215"/>
        <source>Whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="215"/>
        <source>Half day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="220"/>
        <source>As a fly on the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="221"/>
        <source>As a kind of intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="224"/>
        <source>We both agree to the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="225"/>
        <source>The manager is informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="226"/>
        <source>An observation (Ctrl+O from anywhere, Enter saves it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="227"/>
        <source>New observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="228"/>
        <source>Observations are private: they stay on this computer and out of every sheet unless you tick one to release it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="231"/>
        <source>What did you see and hear?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="231"/>
        <source>What worked well?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="232"/>
        <source>What could perhaps be done differently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="233"/>
        <source>What was it like to have a learning agent along?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="234"/>
        <source>What thoughts has the day given you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="236"/>
        <source>Three learning points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="238"/>
        <location filename="../../ui/visit_window.py" line="239"/>
        <source>Learning point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="240"/>
        <source>The day&apos;s observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="241"/>
        <source>Present them at a staff meeting on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="242"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="254"/>
        <location filename="../../ui/visit_window.py" line="297"/>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="327"/>
        <source>⚠ Not saved yet (%1); Runde keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="331"/>
        <source>✓ Everything is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/visit_window.py" line="334"/>
        <source>%n learning point(s) so far; three is the usual aim.</source>
        <translation>
            <numerusform>%n learning point so far; three is the usual aim.</numerusform>
            <numerusform>%n learning points so far; three is the usual aim.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="373"/>
        <source>Ticked: released for sheets. Not ticked: private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="390"/>
        <source>The day starts in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="392"/>
        <source>The planned day is over (by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="394"/>
        <source>%1 gone · %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="397"/>
        <source>(no focus agreed yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="398"/>
        <source>Focus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="407"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="407"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="408"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="408"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
