<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name></name>
    <message>
        <location filename="../../ui/application.py" line="58"/>
        <location filename="../../ui/application.py" line="87"/>
        <source>Runde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="88"/>
        <source>There is no format with the id &apos;%1&apos;. Choose one on the start screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="105"/>
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
        <location filename="../../ui/cli.py" line="67"/>
        <source>%1 steps, about %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="70"/>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="77"/>
        <source>No format with the id &apos;%1&apos;. See: runde formats list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="82"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="85"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="93"/>
        <source>The format was not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="96"/>
        <source>Could not save the format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="98"/>
        <source>Imported &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../../ui/console.py" line="140"/>
        <source>Runde – operator&apos;s console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="142"/>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="142"/>
        <source>Previous speaker or step (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="143"/>
        <source>Start / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="143"/>
        <source>Start, pause or resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="144"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="144"/>
        <source>Next speaker or step (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="145"/>
        <source>− 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="145"/>
        <source>One minute less (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="146"/>
        <source>+ 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="146"/>
        <source>One minute more (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="147"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="147"/>
        <source>The speaker passes (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="148"/>
        <source>Black screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="148"/>
        <source>Black screen and back (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="149"/>
        <source>Room view full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="149"/>
        <source>Full screen (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="150"/>
        <source>Keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="150"/>
        <source>List the keys (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="156"/>
        <source>Move room view to next screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="157"/>
        <source>Finish meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="158"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="159"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="159"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="159"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="160"/>
        <source>The round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="161"/>
        <source>Absent / back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="162"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="163"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="164"/>
        <source>Name of someone who arrived late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="165"/>
        <source>Late-comer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="166"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="167"/>
        <source>What the room sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="189"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="189"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="190"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="190"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="191"/>
        <source>Meeting time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="214"/>
        <source>to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="214"/>
        <source>speaking now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="215"/>
        <source>has spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="215"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="216"/>
        <source>absent</source>
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
        <location filename="../../ui/start_screen.py" line="103"/>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="104"/>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="105"/>
        <source>&amp;Who is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="107"/>
        <source>One name per line, or separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="108"/>
        <source>F&amp;acilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="109"/>
        <source>Case &amp;presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="110"/>
        <source>Round &amp;starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="111"/>
        <source>The facilitator takes a turn in the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="112"/>
        <source>The case presenter takes a turn in the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="113"/>
        <source>Start the meeting (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="114"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="115"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="162"/>
        <source>(nobody chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="195"/>
        <source>No formats are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="203"/>
        <source>Planned: %1 min of %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="206"/>
        <source>Planned: %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="214"/>
        <source>⚠ Nobody takes a turn in the round yet: add names, or the round is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="216"/>
        <source>⚠ The plan is longer than the meeting&apos;s usual length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="218"/>
        <source>ⓘ This format is meant for at least %1 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="221"/>
        <source>ⓘ This format is meant for at most %1 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="224"/>
        <source>ⓘ Choose a facilitator: the meeting needs someone to lead it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="229"/>
        <source>ⓘ Some names were given twice; they are numbered (2), (3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="231"/>
        <source>ⓘ Very long names were shortened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="233"/>
        <source>⚠ Only the first 200 names are used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
