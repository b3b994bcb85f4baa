<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name></name>
    <message>
        <location filename="../../ui/application.py" line="85"/>
        <source>Runde is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="86"/>
        <source>Runde is already open on this computer with the same data. Switch to that window (it may be on another screen) instead of starting it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="90"/>
        <source>A newer Runde wrote this data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="91"/>
        <source>The data was saved by a newer version of Runde. This version leaves it untouched. Please install the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="99"/>
        <source>Runde cannot open its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="100"/>
        <source>Runde could not open its data folder:
%1

Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="104"/>
        <source>Data on a network drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="105"/>
        <source>Runde&apos;s data is on a network drive. Databases can be damaged there; keep the data on this computer (or use --data-dir with a local folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="112"/>
        <source>Runde&apos;s database was damaged, perhaps by a crash or a full disk. It was moved aside, not deleted:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="115"/>
        <location filename="../../ui/application.py" line="119"/>
        <source>The data was damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="116"/>
        <source>There is no backup to restore. Runde starts with empty data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="120"/>
        <source>Restore the newest good backup, from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="136"/>
        <source>Resume the meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="137"/>
        <source>A meeting was still running when Runde stopped, %n minute(s) ago. Resume it where it was (paused, with the time that passed shown), or end it there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="140"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="141"/>
        <source>End it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="165"/>
        <location filename="../../ui/application.py" line="238"/>
        <source>Runde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="221"/>
        <source>The meeting is not being saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="222"/>
        <source>The meeting runs, but Runde cannot save it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="239"/>
        <source>There is no format with the id &apos;%1&apos;. Choose one on the start screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="256"/>
        <source>Some formats could not be used</source>
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
        <source>list, export or import meeting formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="43"/>
        <source>one format a line, its id first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="44"/>
        <source>write a format to a file to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="47"/>
        <source>check a format file and add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="49"/>
        <source>write a sheet without opening a window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="58"/>
        <source>also export items marked confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="59"/>
        <source>show names as initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="60"/>
        <source>add the planned and actual times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="79"/>
        <source>%1 steps, about %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="82"/>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="89"/>
        <source>No format with the id &apos;%1&apos;. See: runde formats list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="94"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="97"/>
        <location filename="../../ui/cli_export.py" line="83"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="105"/>
        <source>The format was not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="108"/>
        <source>Could not save the format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="110"/>
        <source>Imported &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli_export.py" line="37"/>
        <source>No such meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli_export.py" line="47"/>
        <source>Name the team with --team (known teams: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli_export.py" line="59"/>
        <source>Runde&apos;s data cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli_export.py" line="65"/>
        <source>Nothing to export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli_export.py" line="73"/>
        <source>Note: these characters cannot be printed and will be missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli_export.py" line="79"/>
        <source>The sheet was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <location filename="../../ui/capture_panel.py" line="239"/>
        <source>The case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="240"/>
        <source>Short title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="241"/>
        <source>Presented by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="242"/>
        <source>Confidential (left out of exports unless ticked in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="243"/>
        <source>Learning questions asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="244"/>
        <source>Another question that was asked (Enter adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="245"/>
        <source>What the questions taught the presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="246"/>
        <source>The round: a line for the person speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="247"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="248"/>
        <source>What they take with them (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="249"/>
        <source>Learning points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="251"/>
        <location filename="../../ui/capture_panel.py" line="268"/>
        <location filename="../../ui/capture_panel.py" line="376"/>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="252"/>
        <source>A learning point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="253"/>
        <source>Learning point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="254"/>
        <source>Add a learning point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="255"/>
        <source>Organisational measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="256"/>
        <source>Add a measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="259"/>
        <source>Next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="260"/>
        <source>Focus area for the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="261"/>
        <source>Topic suggestions, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="266"/>
        <source>The measure, e.g. a new procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="267"/>
        <source>Who follows it up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="269"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="273"/>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="274"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="275"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="287"/>
        <source>(nobody speaking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture_panel.py" line="371"/>
        <source>%n learning point(s) so far; three is the usual aim.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../../ui/console.py" line="143"/>
        <source>Runde – operator&apos;s console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="145"/>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="145"/>
        <source>Previous speaker or step (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="146"/>
        <source>Start / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="146"/>
        <source>Start, pause or resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="147"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="147"/>
        <source>Next speaker or step (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="148"/>
        <source>− 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="148"/>
        <source>One minute less (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="149"/>
        <source>+ 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="149"/>
        <source>One minute more (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="150"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="150"/>
        <source>The speaker passes (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="151"/>
        <source>Black screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="151"/>
        <source>Black screen and back (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="152"/>
        <source>Room view full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="152"/>
        <source>Full screen (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="153"/>
        <source>Keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="153"/>
        <source>List the keys (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="159"/>
        <source>Move room view to next screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="160"/>
        <source>Finish meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="161"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="162"/>
        <source>Agenda and round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="164"/>
        <location filename="../../ui/console.py" line="185"/>
        <source>What we learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="165"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="165"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="165"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="166"/>
        <source>The round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="167"/>
        <source>Absent / back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="168"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="169"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="170"/>
        <source>Name of someone who arrived late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="171"/>
        <source>Late-comer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="172"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="173"/>
        <source>What the room sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="203"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="203"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="204"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="204"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="205"/>
        <source>Meeting time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="228"/>
        <source>to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="228"/>
        <source>speaking now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="229"/>
        <source>has spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="229"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="230"/>
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
        <location filename="../../ui/help_overlay.py" line="64"/>
        <source>Keys (a presentation clicker works too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="72"/>
        <source>Press any key to close.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../ui/history.py" line="37"/>
        <source>Runde – history and sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="39"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="41"/>
        <source>Search all learning points and measures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="42"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="45"/>
        <source>Past meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="47"/>
        <location filename="../../ui/history.py" line="69"/>
        <source>Open measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="48"/>
        <source>Mark the measure done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="49"/>
        <source>Sheet of this meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="50"/>
        <source>Sheet for the staff meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="51"/>
        <source>Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="69"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="94"/>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="112"/>
        <source>%n learning point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="120"/>
        <source>open for %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="132"/>
        <source>Learning point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="132"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="168"/>
        <location filename="../../ui/history.py" line="171"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="168"/>
        <source>There are no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="172"/>
        <source>Replace the current data with the backup from %1? The current data is kept aside, not deleted. Runde closes; start it again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingController</name>
    <message>
        <location filename="../../ui/meeting_controller.py" line="74"/>
        <source>Room view on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="167"/>
        <source>Finish the meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="168"/>
        <source>The meeting ends now and its times are kept. You can still add learning points and measures afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingSession</name>
    <message>
        <location filename="../../ui/meeting_session.py" line="84"/>
        <source>✓ Everything is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="87"/>
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
        <location filename="../../ui/room_view.py" line="180"/>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_view.py" line="206"/>
        <source>Planned %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_view.py" line="209"/>
        <source>%n min behind</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_view.py" line="211"/>
        <source>%n min ahead</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="212"/>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="230"/>
        <source>Meeting finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="264"/>
        <source>Ready – press Space to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="266"/>
        <source>❚❚ Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="270"/>
        <source>Over time – the clock keeps counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="272"/>
        <source>▲ Time is almost up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="320"/>
        <location filename="../../ui/room_view.py" line="349"/>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="336"/>
        <source>✓ Round complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="340"/>
        <source>The round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="356"/>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="357"/>
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
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/start_screen.py" line="119"/>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="120"/>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="121"/>
        <source>Your team&apos;s name (remembered with its people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="122"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="123"/>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="124"/>
        <source>&amp;Who is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="126"/>
        <source>One name per line, or separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="127"/>
        <source>F&amp;acilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="128"/>
        <source>Case &amp;presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="129"/>
        <source>Round &amp;starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="130"/>
        <source>The facilitator takes a turn in the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="131"/>
        <source>The case presenter takes a turn in the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="132"/>
        <source>Start the meeting (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="133"/>
        <source>History and sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="134"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="135"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="207"/>
        <source>(nobody chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="240"/>
        <source>No formats are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="248"/>
        <source>Planned: %1 min of %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="251"/>
        <source>Planned: %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="259"/>
        <source>⚠ Nobody takes a turn in the round yet: add names, or the round is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="261"/>
        <source>⚠ The plan is longer than the meeting&apos;s usual length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="263"/>
        <source>ⓘ This format is meant for at least %1 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="266"/>
        <source>ⓘ This format is meant for at most %1 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="269"/>
        <source>ⓘ Choose a facilitator: the meeting needs someone to lead it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="274"/>
        <source>ⓘ Some names were given twice; they are numbered (2), (3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="276"/>
        <source>ⓘ Very long names were shortened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="278"/>
        <source>⚠ Only the first 200 names are used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
