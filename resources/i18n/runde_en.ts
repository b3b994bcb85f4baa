<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <location filename="../../ui/store_opening.py" line="143"/>
        <source>Runde is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="144"/>
        <source>Runde is already open on this computer with the same data. Switch to that window (it may be on another screen) instead of starting it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="148"/>
        <source>A newer Runde wrote this data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="159"/>
        <location filename="../../ui/store_opening.py" line="149"/>
        <source>The data was saved by a newer version of Runde. This version leaves it untouched. Please install the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="120"/>
        <location filename="../../ui/store_opening.py" line="181"/>
        <source>Another program is using Runde&apos;s data in %1 (perhaps a database tool, or a backup or sync program). Nothing was moved or changed. Close that program and start Runde again.</source>
        <translation>Another program is using Runde&apos;s data in %1 (perhaps a database tool, or a backup or sync program). Nothing was moved or changed. Close that program and start Runde again.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="123"/>
        <location filename="../../ui/store_opening.py" line="185"/>
        <source>The disk that holds %1 is full. Free some space there, or choose another folder with --data-dir. Nothing was moved or changed.</source>
        <translation>The disk that holds %1 is full. Free some space there, or choose another folder with --data-dir. Nothing was moved or changed.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="125"/>
        <location filename="../../ui/store_opening.py" line="188"/>
        <source>Runde cannot write in %1: choose another folder with --data-dir or make it writable. Nothing was moved or changed.</source>
        <translation>Runde cannot write in %1: choose another folder with --data-dir or make it writable. Nothing was moved or changed.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="127"/>
        <location filename="../../ui/store_opening.py" line="191"/>
        <source>Runde cannot read or write its data in %1 (%2). Check the disk, or choose another folder with --data-dir. Nothing was moved or changed.</source>
        <translation>Runde cannot read or write its data in %1 (%2). Check the disk, or choose another folder with --data-dir. Nothing was moved or changed.</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="33"/>
        <location filename="../../ui/store_opening.py" line="156"/>
        <location filename="../../ui/store_opening.py" line="161"/>
        <source>Runde cannot open its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="165"/>
        <location filename="../../ui/store_opening.py" line="34"/>
        <source>The database setting cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="81"/>
        <source>Runde cannot work offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="82"/>
        <source>Runde cannot note what is done offline, to send it to the team server later: %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="44"/>
        <source>Working offline, in this computer&apos;s own file: the team server %1 could not be reached. What you do now is sent to it the next time Runde starts and reaches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="34"/>
        <location filename="../../ui/offline_work.py" line="61"/>
        <location filename="../../ui/offline_work.py" line="86"/>
        <location filename="../../ui/offline_work.py" line="106"/>
        <location filename="../../ui/offline_work.py" line="110"/>
        <source>Work done offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="35"/>
        <source>Runde cannot note this for sending to the team server later: %1. It is kept in this computer&apos;s own file; “runde move-team” can bring a team&apos;s history to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="62"/>
        <source>Runde cannot read its note of what was done offline on this computer (%1). Nothing was sent; the note is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="71"/>
        <source>The work done offline cannot be read from this computer&apos;s own file: %1. Nothing was sent; Runde asks again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="77"/>
        <source>The work done offline could not be sent: %1. Nothing was sent; Runde asks again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="107"/>
        <source>The work done offline was sent, but its note could not be set aside (%1). Runde will offer it again; sending it again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="111"/>
        <source>Sent to the team server: %1. It is in the team&apos;s history there now; this computer keeps its own copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/offline_work.py" line="118"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/offline_work.py" line="119"/>
        <source>%n learning visit(s)</source>
        <translation>
            <numerusform>%n learning visit</numerusform>
            <numerusform>%n learning visits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="121"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="122"/>
        <source>nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="127"/>
        <source>Send the work done offline?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="128"/>
        <source>While the team server could not be reached (from %1), Runde worked in this computer&apos;s own file: %2. Send it to the team server now? Nothing is removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="131"/>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="132"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="103"/>
        <source>The database server cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="58"/>
        <source>The database server refused the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="132"/>
        <source>The database server %1 refused the user name or password. Set the password in Settings…, or in the environment variable RUNDE_DB_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="108"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="110"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="162"/>
        <source>Runde could not open its data folder:
%1

Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="169"/>
        <source>Data on a network drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="170"/>
        <source>Runde&apos;s data is on a network drive. Databases can be damaged there; keep the data on this computer (or use --data-dir with a local folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="162"/>
        <location filename="../../ui/store_opening.py" line="199"/>
        <source>Runde&apos;s database was damaged, perhaps by a crash or a full disk. It was moved aside, not deleted:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="202"/>
        <location filename="../../ui/store_opening.py" line="206"/>
        <location filename="../../ui/store_opening.py" line="216"/>
        <source>The data was damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="203"/>
        <source>There is no backup to restore. Runde starts with empty data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="207"/>
        <source>Restore the newest good backup, from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="157"/>
        <source>Some edits of the meeting of %1 could not be saved before Runde closed (%2). They were kept on this computer. Bring them back into that meeting now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="159"/>
        <source>no case title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="66"/>
        <location filename="../../ui/recovery.py" line="73"/>
        <location filename="../../ui/recovery.py" line="160"/>
        <location filename="../../ui/recovery.py" line="172"/>
        <source>Edits that were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="218"/>
        <source>They could not be brought back now: %1 They stay in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="224"/>
        <source>A file of edits that were not saved cannot be read; it is left where it is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="104"/>
        <source>Runde cannot reach the database server %1. Check the network connection, or ask the IT department whether the server is running. Nothing was changed.

You can also work offline: Runde then keeps what you do in this computer&apos;s own file and sends it to the server the next time it starts and reaches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="109"/>
        <source>Work offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="136"/>
        <source>Connecting to the team&apos;s database server %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="167"/>
        <source>Runde&apos;s data is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="208"/>
        <source>Resume the meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="209"/>
        <source>A meeting was still running when Runde stopped a moment ago. Resume it where it was (paused, with the time that passed shown), or end it there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recovery.py" line="212"/>
        <source>A meeting was still running when Runde stopped, %n minute(s) ago. Resume it where it was (paused, with the time that passed shown), or end it there?</source>
        <translation>
            <numerusform>A meeting was still running when Runde stopped, %n minute ago. Resume it where it was (paused, with the time that passed shown), or end it there?</numerusform>
            <numerusform>A meeting was still running when Runde stopped, %n minutes ago. Resume it where it was (paused, with the time that passed shown), or end it there?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recovery.py" line="214"/>
        <source>A meeting started on another computer has not been saved there for %n minute(s): Runde there may have stopped. Resume it here (paused, with the time that passed shown), end it there, or leave it?</source>
        <translation>
            <numerusform>A meeting started on another computer has not been saved there for %n minute: Runde there may have stopped. Resume it here (paused, with the time that passed shown), end it there, or leave it?</numerusform>
            <numerusform>A meeting started on another computer has not been saved there for %n minutes: Runde there may have stopped. Resume it here (paused, with the time that passed shown), end it there, or leave it?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="217"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="218"/>
        <source>End it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="221"/>
        <source>Leave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_windows.py" line="30"/>
        <location filename="../../ui/app_windows.py" line="126"/>
        <location filename="../../ui/meeting_start.py" line="220"/>
        <location filename="../../ui/meeting_start.py" line="242"/>
        <location filename="../../ui/second_start.py" line="108"/>
        <source>Runde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_windows.py" line="126"/>
        <source>The learning-visit format is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_windows.py" line="141"/>
        <source>The learning visit cannot be opened now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_windows.py" line="143"/>
        <source>it is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_windows.py" line="146"/>
        <source>Runde – learning visit (offline, in this computer&apos;s own file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_windows.py" line="174"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_windows.py" line="175"/>
        <source>The history cannot be shown now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_settings.py" line="51"/>
        <location filename="../../ui/app_settings.py" line="54"/>
        <location filename="../../ui/app_settings.py" line="67"/>
        <source>The database setting was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_settings.py" line="74"/>
        <source>The password was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_settings.py" line="75"/>
        <source>This computer has no keyring to keep the password in. Set the environment variable RUNDE_DB_PASSWORD instead; the password is never written into a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_settings.py" line="94"/>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_settings.py" line="95"/>
        <source>The settings apply now but could not be saved for next time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="204"/>
        <source>The learning visit cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="205"/>
        <source>A learning visit cannot be started, because it could not be saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="208"/>
        <source>The meeting cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="209"/>
        <source>A meeting cannot be started, because it could not be saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_start.py" line="128"/>
        <source>The meeting is not being saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_start.py" line="129"/>
        <source>The meeting runs, but Runde cannot save it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_start.py" line="221"/>
        <location filename="../../ui/single_instance.py" line="141"/>
        <source>There is no format with the id &apos;%1&apos;. Choose one on the start screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_start.py" line="228"/>
        <source>--participants: a meeting takes at most %1 people; only the first %1 take part, the rest are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_start.py" line="233"/>
        <location filename="../../ui/single_instance.py" line="145"/>
        <source>runde run: --facilitator must be one of the names in --participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_start.py" line="235"/>
        <location filename="../../ui/single_instance.py" line="146"/>
        <source>runde run: the format &apos;%1&apos; needs a facilitator: name one of --participants with --facilitator NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_start.py" line="243"/>
        <location filename="../../ui/single_instance.py" line="152"/>
        <source>--presenter: &apos;%1&apos; is not one of --participants. Choose the presenters on the start screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="240"/>
        <source>Some formats could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="316"/>
        <source>No backup was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="317"/>
        <source>Runde could not make its start-up backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="36"/>
        <source>The team is already there: choose another place with --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="39"/>
        <source>Copying &apos;%1&apos; to %2 and checking every table; a large team takes a while…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="43"/>
        <location filename="../../ui/cli/team.py" line="64"/>
        <source>No team called &apos;%1&apos; there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="47"/>
        <source>&apos;%1&apos; was copied to %2 and checked, but could not be removed from %3: it is still there, whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="51"/>
        <source>The team was not moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="58"/>
        <source>Moved &apos;%1&apos; to %2; every table counted the same on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="60"/>
        <source>Copied &apos;%1&apos; to %2; every table counted the same on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/formats.py" line="61"/>
        <source>The teams&apos; own formats are left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cli/formats.py" line="79"/>
        <source>%n step(s), about %1 min</source>
        <translation>
            <numerusform>%n step, about %1 min</numerusform>
            <numerusform>%n steps, about %1 min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cli/formats.py" line="80"/>
        <source>%n step(s), no fixed length</source>
        <translation>
            <numerusform>%n step, no fixed length</numerusform>
            <numerusform>%n steps, no fixed length</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="110"/>
        <source>A series could not be read and is left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="113"/>
        <source>The team &apos;%1&apos; has no meeting series yet. Set one up with Meeting series… on the start screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="101"/>
        <location filename="../../ui/cli/commands.py" line="124"/>
        <source>The calendar was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cli/commands.py" line="126"/>
        <source>Wrote %n meeting(s) to %1</source>
        <translation>
            <numerusform>Wrote %n meeting to %1</numerusform>
            <numerusform>Wrote %n meetings to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cli/formats.py" line="83"/>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/formats.py" line="91"/>
        <source>No format with the id &apos;%1&apos;. See: runde formats list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/formats.py" line="98"/>
        <location filename="../../ui/cli/team.py" line="40"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="113"/>
        <location filename="../../ui/cli/formats.py" line="101"/>
        <location filename="../../ui/cli/team.py" line="68"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/formats.py" line="109"/>
        <source>The format was not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/formats.py" line="112"/>
        <source>Could not save the format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/formats.py" line="114"/>
        <source>Imported &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="32"/>
        <source>No such learning visit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="40"/>
        <source>No such meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="107"/>
        <location filename="../../ui/cli/export.py" line="48"/>
        <source>Name the team with --team (known teams: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="92"/>
        <location filename="../../ui/cli/export.py" line="77"/>
        <source>Runde&apos;s data cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="89"/>
        <source>Nothing to export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="63"/>
        <source>Note: these characters cannot be printed and will be missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="67"/>
        <source>Note: right-to-left text (%1) is printed in the PDF in left-to-right order, its letters not joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="92"/>
        <location filename="../../ui/cli/export.py" line="102"/>
        <source>The sheet was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="109"/>
        <source>Wrote %1, but it could not be noted in %2 as the team&apos;s last sheet: the next staff sheet starts where this one did. Run the command again to note it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="104"/>
        <source>Page Down, →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="104"/>
        <source>Next speaker in the round, otherwise next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="105"/>
        <source>Page Down twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="105"/>
        <source>At the last step: end the meeting (Page Up: go on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="106"/>
        <source>Page Up, ←</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="106"/>
        <source>Back to the previous speaker or step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="107"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="107"/>
        <source>Start, pause, resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="108"/>
        <source>+  /  −</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="108"/>
        <source>One minute more / less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="109"/>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="109"/>
        <source>The speaker passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="110"/>
        <source>B  or  .</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="110"/>
        <source>Black screen, and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="111"/>
        <source>F5  /  Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="111"/>
        <source>Full screen / leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="112"/>
        <source>F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="112"/>
        <source>Show the operator&apos;s console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="113"/>
        <source>1  /  2  /  3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="113"/>
        <source>A ready-made message to the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="114"/>
        <source>0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="114"/>
        <source>Take the message off the room&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="115"/>
        <source>F1  or  ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="115"/>
        <source>This help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="50"/>
        <source>Learning meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_windows.py" line="140"/>
        <location filename="../../ui/sheet_labels.py" line="50"/>
        <source>Learning visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="51"/>
        <location filename="../../ui/sheet_labels.py" line="89"/>
        <source>For the staff meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="51"/>
        <source>%(start)s – %(end)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="52"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="52"/>
        <source>Learning points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="53"/>
        <source>No learning points were written down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="54"/>
        <source>Organisational measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="54"/>
        <source>Open measures carried forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="55"/>
        <source>%(days)d days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="55"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="55"/>
        <source>Presented by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="56"/>
        <source>Learning agent and colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="57"/>
        <source>What the questions taught the presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="58"/>
        <source>The round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="58"/>
        <source>What was tried since last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="59"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="59"/>
        <source>Observations released by the learning agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="60"/>
        <source>No meetings or learning visits in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="61"/>
        <source>Planned and actual times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="61"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="61"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="62"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="62"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="62"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="62"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="63"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="63"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="63"/>
        <source>Page %(page)d of %(pages)d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="64"/>
        <source>Made with Runde on %(date)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="65"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="65"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="65"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="66"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="66"/>
        <source>Came later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="66"/>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="67"/>
        <source>Learning questions asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="68"/>
        <source>own question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="69"/>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="69"/>
        <source>did not get the word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="70"/>
        <source>spoke (no line written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="70"/>
        <source>kept confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="71"/>
        <source>How the time went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="72"/>
        <source>Pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="72"/>
        <source>Minutes added or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="73"/>
        <source>New plan applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="74"/>
        <source>%(step)s: each turn %(old)s → %(new)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="75"/>
        <source>%(step)s: %(old)s → %(new)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="75"/>
        <source>%(n)s min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="76"/>
        <source>Learning agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="76"/>
        <source>Colleague being followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="77"/>
        <source>Day and hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="77"/>
        <source>whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="77"/>
        <source>half day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="78"/>
        <source>What the agent wants from the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="79"/>
        <source>What the colleague suggests to focus on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="80"/>
        <source>Ground rules agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="80"/>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="81"/>
        <source>How the agent takes part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="81"/>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="82"/>
        <source>We both agree to the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="82"/>
        <source>The manager is informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="83"/>
        <source>The learning agent&apos;s reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="84"/>
        <source>What did you see and hear?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="84"/>
        <source>What worked well?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="85"/>
        <source>What could perhaps be done differently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="86"/>
        <source>The colleague&apos;s reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="87"/>
        <source>What was it like to have a learning agent along?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="88"/>
        <source>What thoughts has the day given you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="89"/>
        <source>the next staff meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="90"/>
        <source>In brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="90"/>
        <source>Held in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="90"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="91"/>
        <source>Learning visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="91"/>
        <source>Measures opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="92"/>
        <source>Measures done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="92"/>
        <source>Measures still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="93"/>
        <source>Took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="93"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="94"/>
        <source>Planned and actual minutes per meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="94"/>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="95"/>
        <source>As a fly on the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="95"/>
        <source>As a kind of intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="96"/>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="96"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="96"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="97"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="97"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="97"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="42"/>
        <source>“%1” is not a time zone Runde knows: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="43"/>
        <source>The date %1 is too far in the past or the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="44"/>
        <source>The series ends (%2) before it starts (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="45"/>
        <source>A series can last at most %1 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="46"/>
        <source>Choose a number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="47"/>
        <source>Choose a weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="48"/>
        <source>Choose the 1st to the 5th, or the last weekday of the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="49"/>
        <source>The meeting on %1 is outside the series&apos; start and end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="50"/>
        <source>These settings never give a meeting date: check the weekday, the start and the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="52"/>
        <source>A meeting lasts from 1 to %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="53"/>
        <source>Someone on the list of people has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="54"/>
        <source>%1 is on the list of people twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="55"/>
        <source>%1 left before joining.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="56"/>
        <source>The meeting of %1 is changed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="57"/>
        <source>There is no meeting on %1 to move or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="58"/>
        <source>The meeting of %1 cannot move to %2: that is outside the series&apos; start and end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="60"/>
        <source>The meeting of %1 cannot move to %2: the meeting of %3 is held that day. Move or cancel that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="62"/>
        <source>Choose another date or time for the meeting of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="63"/>
        <source>Only a mini-circle is extended or dissolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="64"/>
        <source>That series cannot be the parent circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="65"/>
        <source>The stored series is damaged (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="78"/>
        <source>The team&apos;s own meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="78"/>
        <source>Learning circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="79"/>
        <source>Mini-circle (a month, then extend or dissolve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="80"/>
        <source>Challenge circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="85"/>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="85"/>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="85"/>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="85"/>
        <source>fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="85"/>
        <source>fifth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="86"/>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/series_texts.py" line="93"/>
        <source>every %n week(s) on %1</source>
        <translation>
            <numerusform>every week on %1</numerusform>
            <numerusform>every %n weeks on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/series_texts.py" line="96"/>
        <source>the %1 %2 of every %n month(s)</source>
        <translation>
            <numerusform>the %1 %2 of every month</numerusform>
            <numerusform>the %1 %2 of every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/series_texts.py" line="98"/>
        <source>%n date(s) chosen by hand</source>
        <translation>
            <numerusform>%n date chosen by hand</numerusform>
            <numerusform>%n dates chosen by hand</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="103"/>
        <source>%1, %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="106"/>
        <source>%1 · cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="108"/>
        <source>%1 · moved from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="110"/>
        <source>%1 · another time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/series_texts.py" line="112"/>
        <source>%1 · %n taking part</source>
        <translation>
            <numerusform>%1 · %n taking part</numerusform>
            <numerusform>%1 · %n taking part</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/series_banner.py" line="53"/>
        <source>Extend or dissolve the mini-circle?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_banner.py" line="54"/>
        <source>&amp;Extend by a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_banner.py" line="55"/>
        <source>&amp;Dissolve it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_banner.py" line="56"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_banner.py" line="57"/>
        <source>ℹ The mini-circle “%1” has met for a month now (since %2). Would you like to extend it by a month, or dissolve it? Either is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="289"/>
        <source>Runde – meeting series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="290"/>
        <source>Meeting series of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="291"/>
        <source>Ser&amp;ies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="292"/>
        <source>The team&apos;s meeting series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="293"/>
        <source>Ne&amp;w series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="294"/>
        <source>Delete the series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="295"/>
        <source>Save as &amp;calendar file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="296"/>
        <source>An .ics file that Outlook and phone calendars import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="297"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="298"/>
        <source>&amp;Rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="299"/>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="300"/>
        <source>Next &amp;meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="301"/>
        <source>ℹ This team has no meeting series yet. “New series” sets one up for the format chosen on the start screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="304"/>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="304"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="304"/>
        <source>&amp;Name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="304"/>
        <source>&amp;How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="304"/>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="305"/>
        <source>&amp;Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="305"/>
        <source>&amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="305"/>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="305"/>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="312"/>
        <source>P&amp;arent circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="313"/>
        <source>A mini-circle&apos;s topic suggestions go to this learning circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="316"/>
        <source>Every few weeks on a weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="317"/>
        <source>A weekday of the month (e.g. the 2nd Tuesday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="318"/>
        <source>Dates chosen by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="330"/>
        <source>every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="331"/>
        <source>week(s), on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="332"/>
        <source>the</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="333"/>
        <source>of every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="334"/>
        <source>month(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="335"/>
        <source>Every how many weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="336"/>
        <source>Every how many months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="337"/>
        <location filename="../../ui/series_layout.py" line="338"/>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="339"/>
        <source>Which one in the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="340"/>
        <source>The dates chosen by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="341"/>
        <source>A date to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="342"/>
        <source>Add the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="343"/>
        <source>Remove the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="344"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="345"/>
        <source>The series has an end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="346"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="347"/>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="350"/>
        <source>Who belongs to the series, and since when. Someone who joins takes part from the first meeting after the day they joined. An empty list means the whole team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="353"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="353"/>
        <location filename="../../ui/series_layout.py" line="374"/>
        <location filename="../../ui/series_view.py" line="135"/>
        <source>Joined on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="355"/>
        <source>People in the series and the day each joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="356"/>
        <source>&amp;Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="357"/>
        <source>Remove the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="358"/>
        <source>Take the &amp;team&apos;s people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="359"/>
        <source>The next meetings of the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="360"/>
        <source>Move the chosen meeting to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="361"/>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="362"/>
        <source>New date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="363"/>
        <source>New time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="364"/>
        <source>M&amp;ove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="365"/>
        <source>Cancel this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="366"/>
        <source>Undo the move or cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="55"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="183"/>
        <location filename="../../ui/series_panel.py" line="189"/>
        <source>Not saved until this is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="192"/>
        <location filename="../../ui/series_panel.py" line="282"/>
        <location filename="../../ui/series_panel.py" line="304"/>
        <location filename="../../ui/series_panel.py" line="374"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="199"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="166"/>
        <source>Meets %1, %2–%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="170"/>
        <source>Dissolved on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="176"/>
        <source>ℹ This format is meant for at least %1 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="178"/>
        <source>ℹ This format is meant for at most %1 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="189"/>
        <source>No more meetings are planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="288"/>
        <source>A new series starting today. Change anything: it is saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="296"/>
        <source>Delete the series?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="297"/>
        <source>Delete the series “%1”? Its past meetings stay in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="308"/>
        <source>The series was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="343"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="377"/>
        <source>Extended by a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="378"/>
        <source>The mini-circle is dissolved; its meetings stay in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="386"/>
        <source>Nothing to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="386"/>
        <source>This team has no meeting series yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="389"/>
        <source>Save the calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="390"/>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="401"/>
        <source>The calendar was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/series_panel.py" line="403"/>
        <source>Saved %n meeting(s) in %1.</source>
        <translation>
            <numerusform>Saved %n meeting in %1.</numerusform>
            <numerusform>Saved %n meetings in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/series_hook.py" line="93"/>
        <source>ℹ No more meetings are planned in this team&apos;s series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_hook.py" line="109"/>
        <source>Today %1–%2: %3. Its format and the people who take part are chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_hook.py" line="118"/>
        <source>Next meeting: %1, %2–%3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_hook.py" line="122"/>
        <source>Then: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_hook.py" line="164"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_hook.py" line="191"/>
        <location filename="../../ui/series_hook.py" line="201"/>
        <source>Meeting series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_hook.py" line="192"/>
        <source>Type or choose the team&apos;s name first: a series belongs to a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="19"/>
        <source>permission denied: the folder is read-only, or the file is open in another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="20"/>
        <source>the file is in use by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="22"/>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="23"/>
        <source>the disk quota is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="24"/>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="27"/>
        <source>that is a folder, not a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="28"/>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="29"/>
        <source>part of the path is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="30"/>
        <source>the file name is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="31"/>
        <source>the file name is not allowed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="32"/>
        <source>that is not an ordinary file (it is a device, a pipe or a socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="33"/>
        <source>the link points at itself (a loop of links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="34"/>
        <source>the disk is gone (unplugged?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="35"/>
        <source>the disk could not be written (unplugged, or failing?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="45"/>
        <source>is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="46"/>
        <source>is nested too deeply (more than %1 levels of { } and [ ])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="48"/>
        <source>has a key written twice in one object { … }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="49"/>
        <source>holds NaN or Infinity, which are not numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="50"/>
        <source>holds a control character or a lone surrogate, which no text may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="63"/>
        <source>is not a Runde team file (or is from a newer Runde)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="64"/>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="64"/>
        <source>must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="65"/>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="65"/>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="66"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="66"/>
        <source>must be a list [ … ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="67"/>
        <source>must be a group of fields in braces { … }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="68"/>
        <source>must be a date and time (ISO 8601, e.g. 2026-03-10T14:00:00+01:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="69"/>
        <source>must be a date (ISO 8601, e.g. 2026-03-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="70"/>
        <source>must be a time of day (e.g. 14:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="71"/>
        <source>must be at most %1 letters, digits, “-” or “_”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="72"/>
        <source>is an id used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="73"/>
        <source>names a meeting series that is not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="74"/>
        <source>is not a usable meeting series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="75"/>
        <source>conflicts with data already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="77"/>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="78"/>
        <source>has more than %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="79"/>
        <source>holds more than %1 characters of text in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="80"/>
        <source>is more than %1 turns in one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="81"/>
        <source>must be between 0 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="82"/>
        <source>is not a usable format (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="95"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="103"/>
        <source>Runde&apos;s data is closed; nothing more is saved until Runde starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="104"/>
        <source>The disk is full: nothing more can be saved until there is space again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="105"/>
        <source>The data folder is read-only: Runde cannot save there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="106"/>
        <source>Runde&apos;s database file %1 is read-only: history and sheets can be read, but nothing can be saved. Make the file writable (its properties or permissions, or ask the IT department) and start Runde again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="110"/>
        <source>Runde&apos;s data folder %1 is read-only: history and sheets can be read and sheets saved elsewhere, but nothing can be saved there, so no meeting or learning visit can start. Ask the IT department to make the folder writable, make it writable yourself (its properties or permissions), or start Runde with --data-dir and a folder you can write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="114"/>
        <source>The database is busy (another program holds it); Runde will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="115"/>
        <source>The database could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="116"/>
        <source>%1 is not a good backup in %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="117"/>
        <source>The backup %1 is damaged; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="118"/>
        <source>Runde could not open its data in %1 (%2). Nothing was moved or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="130"/>
        <source>The database server %1 cannot be reached; edits are kept on this computer and written when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="134"/>
        <source>Runde could not set up a secure connection to the database server %1: the server&apos;s certificate or the connection&apos;s TLS settings do not fit. Nothing was changed. Ask the IT department to check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="137"/>
        <source>A database server keeps its own backups; Runde restores only its own local data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="139"/>
        <source>The database server could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="140"/>
        <source>A database server is set up, but the server part of Runde is not installed on this computer. Install Runde with its server part (runde[server]), or empty the server in Settings to use this computer&apos;s own file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="144"/>
        <source>Another computer keeps changing the same items; Runde will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="145"/>
        <source>This learning visit is no longer in the database (it was removed, perhaps on another computer). What was typed is kept in a file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="147"/>
        <source>The id “%1” is already used by a format of the team “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="180"/>
        <source>this is not a database server address (it looks like postgresql://user@server/runde)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="182"/>
        <source>Runde works with PostgreSQL servers only, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="183"/>
        <source>the address names no database (…/runde at its end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="184"/>
        <source>the file %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="185"/>
        <source>the file %1 holds no address as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="195"/>
        <source>The database server %1 cannot be reached. Nothing was changed; try again when the server is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="198"/>
        <source>The database is busy (another program holds it). Nothing was changed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="201"/>
        <source>Another computer kept changing the same items. Nothing was changed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="212"/>
        <source>For the IT department: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="213"/>
        <source>No secure connection to the database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/team.py" line="35"/>
        <source>Brought in &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/team.py" line="38"/>
        <source>Nothing was brought in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="124"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="131"/>
        <source>Something unexpected went wrong inside Runde. What was typed is saved every second, and the meeting goes on: you can keep working. If something does not work as it should, close Runde and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="134"/>
        <source>A note of what went wrong (without names or notes) is in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/second_start.py" line="103"/>
        <source>Runde was started again: nothing new was started while this meeting is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/second_start.py" line="105"/>
        <source>Runde was started again: nothing new was started while this learning visit is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="120"/>
        <source>Runde is already open; the learning visit was opened there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="121"/>
        <source>Runde is already open; the meeting was opened there, ready to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="125"/>
        <source>Runde is already open; brought it to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="126"/>
        <source>A meeting is open in Runde; the new one was not started. Runde was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="128"/>
        <source>A learning visit is open in Runde; nothing new was started. Runde was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="130"/>
        <source>Runde is open and waits for an answer in one of its windows; nothing new was started. Runde was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="132"/>
        <source>Runde is still starting; nothing new was started. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="133"/>
        <source>Runde is open, but its data is read-only: nothing new can be started. Runde was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture_limits.py" line="74"/>
        <location filename="../../ui/capture_lists.py" line="210"/>
        <source>A meeting holds at most %n learning point(s).</source>
        <translation>
            <numerusform>A meeting holds at most %n learning point.</numerusform>
            <numerusform>A meeting holds at most %n learning points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture_limits.py" line="75"/>
        <source>A meeting holds at most %n measure(s).</source>
        <translation>
            <numerusform>A meeting holds at most %n measure.</numerusform>
            <numerusform>A meeting holds at most %n measures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture_limits.py" line="84"/>
        <source>A meeting holds at most %n other question(s): this one is not added.</source>
        <translation>
            <numerusform>A meeting holds at most %n other question: this one is not added.</numerusform>
            <numerusform>A meeting holds at most %n other questions: this one is not added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture_limits.py" line="88"/>
        <source>A meeting holds at most %n suggestion(s): this one is not added.</source>
        <translation>
            <numerusform>A meeting holds at most %n suggestion: this one is not added.</numerusform>
            <numerusform>A meeting holds at most %n suggestions: this one is not added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture_limits.py" line="92"/>
        <source>A meeting holds at most %n topic suggestion(s): the lines after them are not saved.</source>
        <translation>
            <numerusform>A meeting holds at most %n topic suggestion: the lines after it are not saved.</numerusform>
            <numerusform>A meeting holds at most %n topic suggestions: the lines after them are not saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture_lists.py" line="216"/>
        <source>%n learning point(s) so far; three is the usual aim.</source>
        <translation>
            <numerusform>%n learning point so far; three is the usual aim.</numerusform>
            <numerusform>%n learning points so far; three is the usual aim.</numerusform>
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
            <numerusform>A learning visit holds at most %n learning point.</numerusform>
            <numerusform>A learning visit holds at most %n learning points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/visit_limits.py" line="89"/>
        <source>A learning visit holds at most %n observation(s): this one is not added.</source>
        <translation>
            <numerusform>A learning visit holds at most %n observation: this one is not added.</numerusform>
            <numerusform>A learning visit holds at most %n observations: this one is not added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/visit_limits.py" line="94"/>
        <source>A learning visit holds at most %n ground rule(s): the lines after them are not saved.</source>
        <translation>
            <numerusform>A learning visit holds at most %n ground rule: the lines after it are not saved.</numerusform>
            <numerusform>A learning visit holds at most %n ground rules: the lines after them are not saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <location filename="../../ui/capture_panel.py" line="181"/>
        <source>The case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="182"/>
        <source>Short title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="183"/>
        <source>Presented by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="195"/>
        <source>Learning questions asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="201"/>
        <source>Another question that was asked (Enter adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="202"/>
        <source>What the questions taught the presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="203"/>
        <source>The round: a line for the person speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="205"/>
        <source>What they take with them (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="206"/>
        <source>Learning points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_lists.py" line="141"/>
        <location filename="../../ui/capture_lists.py" line="237"/>
        <location filename="../../ui/capture_panel.py" line="184"/>
        <location filename="../../ui/capture_panel.py" line="187"/>
        <location filename="../../ui/capture_panel.py" line="190"/>
        <location filename="../../ui/capture_panel.py" line="208"/>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="209"/>
        <source>A learning point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="210"/>
        <source>Learning point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="211"/>
        <source>Add a learning point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="212"/>
        <source>Organisational measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="213"/>
        <source>Add a measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="216"/>
        <source>Next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="217"/>
        <source>Feed-forward: suggestions for next time (private to the receiver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="179"/>
        <source>What we learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="114"/>
        <source>From last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="117"/>
        <source>Focus chosen last time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="120"/>
        <source>Topic suggestions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="123"/>
        <source>Topic suggestions from the mini-circles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="127"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="127"/>
        <source>still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="128"/>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="131"/>
        <source>%1 (open for %2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="137"/>
        <source>Open measures from earlier meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="138"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="139"/>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="140"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="141"/>
        <location filename="../../ui/capture_last_time.py" line="142"/>
        <source>What did you try since last time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="185"/>
        <source>Left out of exports unless ticked in the export preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="192"/>
        <source>What was tried since last time is confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="194"/>
        <source>Other questions that were asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="204"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="219"/>
        <source>A suggestion: choose from whom and to whom, then type it (Enter adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="220"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="221"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="222"/>
        <source>Focus area for the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="223"/>
        <source>Topic suggestions, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_lists.py" line="139"/>
        <source>The measure, e.g. a new procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_lists.py" line="140"/>
        <source>Who follows it up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_lists.py" line="142"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_lists.py" line="146"/>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_lists.py" line="147"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_lists.py" line="148"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="247"/>
        <source>(nobody speaking)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../../ui/console.py" line="256"/>
        <source>Runde – operator&apos;s console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="258"/>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="258"/>
        <source>Previous speaker or step (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="259"/>
        <source>Start / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="259"/>
        <source>Start, pause or resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="260"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="260"/>
        <source>Next speaker or step (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="261"/>
        <source>− 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="261"/>
        <source>One minute less (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="262"/>
        <source>+ 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="262"/>
        <source>One minute more (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="263"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="263"/>
        <source>The speaker passes (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="264"/>
        <source>Black screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="264"/>
        <source>Black screen and back (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="265"/>
        <source>Room view full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="265"/>
        <source>Full screen (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="266"/>
        <source>Keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="266"/>
        <source>List the keys (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="272"/>
        <source>Move room view to next screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="273"/>
        <source>Finish meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="274"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="275"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="276"/>
        <source>Agenda and round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="278"/>
        <location filename="../../ui/console.py" line="325"/>
        <source>What we learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="279"/>
        <location filename="../../ui/console.py" line="299"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="279"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="279"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="280"/>
        <source>The round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="281"/>
        <source>Absent / back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="282"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="283"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="284"/>
        <source>Name of someone who arrived late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="285"/>
        <source>Late-comer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="286"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="287"/>
        <source>What the room sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="288"/>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="289"/>
        <source>e.g. 14:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="290"/>
        <source>Planned start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="292"/>
        <source>The room counts down to this time; the meeting still starts when you press Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="294"/>
        <source>Show the new plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="295"/>
        <source>Show the plan that shortens what is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="296"/>
        <location filename="../../ui/console.py" line="303"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="297"/>
        <location filename="../../ui/console.py" line="304"/>
        <source>Not now: keep the plan as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="298"/>
        <source>A new plan for what is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="299"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="299"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="300"/>
        <source>New times for the steps to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="301"/>
        <location filename="../../ui/console.py" line="302"/>
        <source>Apply the new plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="352"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="352"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="353"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="353"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="354"/>
        <source>Meeting time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="377"/>
        <source>Type a time such as 14:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="379"/>
        <source>The room counts down to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="388"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="389"/>
        <source>%1 of %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="399"/>
        <source>⚠ Projected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="399"/>
        <source>Projected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console.py" line="415"/>
        <source>%n min behind: shorten what is left so we end on time?</source>
        <translation>
            <numerusform>%n min behind: shorten what is left so we end on time?</numerusform>
            <numerusform>%n min behind: shorten what is left so we end on time?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="445"/>
        <source>%1 per turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console.py" line="446"/>
        <source>%1 (%n turns to come)</source>
        <translation>
            <numerusform>%1 (%n turn to come)</numerusform>
            <numerusform>%1 (%n turns to come)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="474"/>
        <source>The meeting is on time: nothing needs shortening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="476"/>
        <source>The meeting still ends within its usual length: nothing needs shortening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console.py" line="477"/>
        <source>Nothing left can be shortened: the meeting ends about %n min late.</source>
        <translation>
            <numerusform>Nothing left can be shortened: the meeting ends about %n min late.</numerusform>
            <numerusform>Nothing left can be shortened: the meeting ends about %n min late.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="479"/>
        <source>Nothing that has started is cut short: the step or turn running now keeps its time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="480"/>
        <source>Now: %1. With this plan: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="485"/>
        <source>With this plan the meeting ends on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="486"/>
        <source>With this plan the meeting ends on time, at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console.py" line="488"/>
        <source>Even with every step at its shortest, the meeting ends about %n min late.</source>
        <translation>
            <numerusform>Even with every step at its shortest, the meeting ends about %n min late.</numerusform>
            <numerusform>Even with every step at its shortest, the meeting ends about %n min late.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="511"/>
        <source>to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="511"/>
        <source>speaking now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="512"/>
        <source>has spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="512"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="513"/>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndPanel</name>
    <message>
        <location filename="../../ui/meeting_end.py" line="106"/>
        <source>The meeting has ended. What was captured:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="107"/>
        <source>Write the learning points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="108"/>
        <source>Add a measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="109"/>
        <source>Tick the questions asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="110"/>
        <source>Make the sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="111"/>
        <source>The sheet of this meeting: preview, then save, print or copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="112"/>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="113"/>
        <source>Close this meeting&apos;s windows and go to the start screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meeting_end.py" line="126"/>
        <source>%n learning point(s)</source>
        <translation>
            <numerusform>%n learning point</numerusform>
            <numerusform>%n learning points</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="127"/>
        <source>No learning points yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meeting_end.py" line="128"/>
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="129"/>
        <source>No measures yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="131"/>
        <source>%1 of %2 learning questions ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="133"/>
        <source>No learning questions ticked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meeting_end.py" line="146"/>
        <source>%n line(s) from the round</source>
        <translation>
            <numerusform>%n line from the round</numerusform>
            <numerusform>%n lines from the round</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="147"/>
        <source>No lines from the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meeting_end.py" line="149"/>
        <source>%n passed</source>
        <translation>
            <numerusform>%n passed</numerusform>
            <numerusform>%n passed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="68"/>
        <source>Export preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="77"/>
        <source>What the sheet will contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="79"/>
        <source>Confidential items, ticked ones are included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="81"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="81"/>
        <source>Learning point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="82"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="82"/>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="84"/>
        <source>Own question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="92"/>
        <source>Show names as initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="93"/>
        <source>Add a page with planned and actual times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="99"/>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="100"/>
        <source>PDF (to print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="101"/>
        <source>Markdown (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="102"/>
        <source>CSV (spreadsheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="103"/>
        <source>Document (.odt, to edit in Word or LibreOffice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="108"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="109"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="110"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="111"/>
        <source>Copy the sheet with its headings and lists, to paste into the minutes (Word, Outlook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="118"/>
        <source>Left out unless you tick them (confidential, or private observations):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="156"/>
        <source>⚠ These characters cannot be printed in the PDF and will be missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="159"/>
        <source>⚠ Right-to-left text (%1) is printed in the PDF in left-to-right order, its letters not joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="172"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="172"/>
        <source>Document (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="173"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="173"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="183"/>
        <source>Save the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="191"/>
        <source>Writing the sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="193"/>
        <source>The sheet was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="196"/>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="209"/>
        <source>Copied: paste it into the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormatEditor</name>
    <message>
        <location filename="../../ui/format_editor_view.py" line="200"/>
        <source>Runde – formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="201"/>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="202"/>
        <source>Format to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="203"/>
        <source>Make a &amp;copy to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="204"/>
        <source>Open a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="205"/>
        <source>Save as fi&amp;le…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="206"/>
        <source>Bring in a format file someone shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="207"/>
        <source>Write this format to a file to share it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="208"/>
        <source>Remove this format…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="209"/>
        <source>Remove your own or your team&apos;s format (built-in and organisation formats stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="211"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="212"/>
        <source>Title of the format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="213"/>
        <source>&amp;Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="214"/>
        <source>Steps of the format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="215"/>
        <source>&amp;Add a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="216"/>
        <source>&amp;Remove the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="217"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="218"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="219"/>
        <source>The chosen step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="220"/>
        <source>Step titl&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="221"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="222"/>
        <location filename="../../ui/format_editor_view.py" line="276"/>
        <source>&amp;Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="223"/>
        <source>War&amp;ning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="224"/>
        <source>Time &amp;per turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="225"/>
        <source>Turn warnin&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="226"/>
        <source>&amp;Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="227"/>
        <source>Pro&amp;mpt questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="230"/>
        <source>Step title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="231"/>
        <source>Kind of step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="233"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="233"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="234"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="235"/>
        <source>Warning before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="236"/>
        <source>Time per turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="237"/>
        <source>Warning before the end of a turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="238"/>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="240"/>
        <source>What the room reads during this step (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="241"/>
        <source>Prompt questions, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="242"/>
        <source>F2 or double-click changes a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="243"/>
        <source>Add a &amp;question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="244"/>
        <source>Remo&amp;ve the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="245"/>
        <source>Num&amp;ber of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="246"/>
        <source>Number of people for the planned total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="247"/>
        <source>Planned total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="248"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="254"/>
        <source>Timed: one countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="255"/>
        <source>Round: a turn for each person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="256"/>
        <source>Open: the clock counts up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="133"/>
        <source>team “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="134"/>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="134"/>
        <source>your organisation&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="135"/>
        <source>your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="135"/>
        <source>a team&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="136"/>
        <source>not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="209"/>
        <source>There are no formats yet: open a file to bring one in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="212"/>
        <source>A copy for the team “%2”, not saved yet. Save keeps it with the team&apos;s data and makes it available at once, as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="215"/>
        <source>A copy, not saved yet. Save makes it available at once, as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="217"/>
        <source>A format of the team “%2” (“%1”): changes are saved with the team&apos;s data and travel in the team&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="220"/>
        <source>This file in your folder has the id of a built-in format (“%1”). Make a copy to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="223"/>
        <source>Your own format (“%1”): changes are saved in your formats folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="225"/>
        <source>Your organisation&apos;s format (“%1”) is not changed here: make a copy to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="227"/>
        <source>A built-in format (“%1”) is never changed: make a copy to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="252"/>
        <source>(our version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_steps.py" line="72"/>
        <source>%1 a turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_steps.py" line="74"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="275"/>
        <source>Planned &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_steps.py" line="156"/>
        <source>New step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_steps.py" line="206"/>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_steps.py" line="231"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_steps.py" line="233"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/format_editor.py" line="271"/>
        <source>Planned: %1 with %n people</source>
        <translation>
            <numerusform>Planned: %1 with %n person</numerusform>
            <numerusform>Planned: %1 with %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/format_editor.py" line="273"/>
        <source>⚠ Planned: %1 with %n people, longer than the meeting&apos;s usual %2</source>
        <translation>
            <numerusform>⚠ Planned: %1 with %n person, longer than the meeting&apos;s usual %2</numerusform>
            <numerusform>⚠ Planned: %1 with %n people, longer than the meeting&apos;s usual %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/format_editor.py" line="275"/>
        <source>Planned: %1 with %n people (the meeting&apos;s usual length is %2)</source>
        <translation>
            <numerusform>Planned: %1 with %n person (the meeting&apos;s usual length is %2)</numerusform>
            <numerusform>Planned: %1 with %n people (the meeting&apos;s usual length is %2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="330"/>
        <source>Saved: “%1” is available at once on the start screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="77"/>
        <source>the folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="79"/>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="82"/>
        <source>The format was not saved: Runde cannot write in %1 (%2). Nothing was changed. “Save as file…” can keep it somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="30"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="31"/>
        <source>is longer than the step itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="32"/>
        <source>is longer than the turn itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="33"/>
        <source>is the id of a built-in format, which is never replaced: make a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="39"/>
        <source>must be a group of fields in braces { … }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="40"/>
        <source>is missing (every text needs English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="42"/>
        <source>must be 1 to 64 letters a–z, digits, “-” or “_”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="44"/>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="45"/>
        <source>must be a list [ … ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="46"/>
        <source>must be a list with at least one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="48"/>
        <source>the smallest number is larger than the largest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="49"/>
        <source>only a round&apos;s turns have parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="50"/>
        <source>needs a title and a length (duration_s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="51"/>
        <source>is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="52"/>
        <source>must be empty or a web address that starts with https:// or http://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="54"/>
        <source>must be a language code of 2 or 3 letters, such as “da” or “nb”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="56"/>
        <source>your formats folder is the folder of the built-in formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="63"/>
        <source>must be between %1 and %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="66"/>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="67"/>
        <source>has %1 steps; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="68"/>
        <source>is not a known field (these are: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="69"/>
        <source>must be a whole number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="70"/>
        <source>must be true or false, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="71"/>
        <source>has %1 parts (at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="72"/>
        <source>must be one of %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="73"/>
        <source>is not a known kind of note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="74"/>
        <source>%1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="75"/>
        <source>is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="76"/>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="77"/>
        <source>is not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="91"/>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="89"/>
        <source>The format was not saved with the team&apos;s data: %1 Nothing was changed. “Save as file…” can keep it somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="294"/>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="294"/>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="295"/>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="296"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="297"/>
        <source>time per turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="298"/>
        <source>turn warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="299"/>
        <source>instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="300"/>
        <source>prompt questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="344"/>
        <source>Step %1 (“%2”), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="350"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="352"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="354"/>
        <source>The format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="31"/>
        <source>Save the format as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="32"/>
        <location filename="../../ui/format_files.py" line="39"/>
        <source>Runde formats (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="372"/>
        <source>The file was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="375"/>
        <source>Saved as %1: others bring it in with “Open a file…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="38"/>
        <source>Open a format file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="70"/>
        <source>It has the id of a built-in format, so it came in as “%1”; the built-in format stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="63"/>
        <source>This file cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="393"/>
        <source>The file could not be brought in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="401"/>
        <source>Brought in: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="441"/>
        <source>The format was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="447"/>
        <source>Removed: “%1”. Past meetings keep its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="454"/>
        <source>Remove “%1”? Past meetings keep its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="456"/>
        <source>These meeting series use it and need another format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="458"/>
        <source>Remove the format?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="464"/>
        <source>Changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="464"/>
        <source>Save the changes to this format first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="478"/>
        <source>Replace your format?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="479"/>
        <source>You have a format with the same id, “%1”. Replace it with the one in the file?</source>
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
        <location filename="../../ui/help_overlay.py" line="82"/>
        <source>Keys (a presentation clicker works too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="90"/>
        <source>Press any key to close.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../ui/history.py" line="207"/>
        <source>Runde – history and sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="208"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="209"/>
        <source>Search all learning points and measures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="210"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="212"/>
        <source>Past meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="213"/>
        <location filename="../../ui/history.py" line="217"/>
        <source>Learning visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="218"/>
        <source>Sheet of this learning visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="220"/>
        <source>Mark the measure done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="221"/>
        <source>Sheet of this meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="222"/>
        <source>Sheet for the staff meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="223"/>
        <source>Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="224"/>
        <source>Save the team&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="225"/>
        <source>Bring in a team&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="226"/>
        <source>Remove a person everywhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="215"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="211"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="214"/>
        <location filename="../../ui/history.py" line="216"/>
        <source>Measures still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="219"/>
        <source>Open this learning visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="284"/>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="292"/>
        <source>%n learning point(s)</source>
        <translation>
            <numerusform>%n learning point</numerusform>
            <numerusform>%n learning points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="298"/>
        <source>open for %n day(s)</source>
        <translation>
            <numerusform>open for %n day</numerusform>
            <numerusform>open for %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="316"/>
        <source>The server cannot be reached; showing what was read before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="324"/>
        <source>The server cannot be reached; nothing was changed. Try again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="340"/>
        <source>Learning point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="340"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="367"/>
        <source>The sheet was saved, but the server cannot be reached to note it: the next staff sheet starts where this one did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="378"/>
        <source>The server cannot be reached, so the sheet cannot be made now. Try again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="411"/>
        <source>Gathering the meetings for the staff sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="425"/>
        <location filename="../../ui/history.py" line="430"/>
        <location filename="../../ui/history.py" line="435"/>
        <source>Save the team&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="425"/>
        <source>Choose a team first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="441"/>
        <source>Saving the team&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="449"/>
        <source>The server cannot be reached, so the team&apos;s data cannot be read now. Nothing was saved; try again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="453"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="460"/>
        <source>Bring in a team&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="461"/>
        <source>Runde team files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="469"/>
        <source>Bringing in the team&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="472"/>
        <location filename="../../ui/history.py" line="477"/>
        <source>Nothing was brought in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="473"/>
        <source>The server cannot be reached; nothing was brought in. Try again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="478"/>
        <source>The file could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="492"/>
        <location filename="../../ui/history.py" line="527"/>
        <source>Remove a person everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="494"/>
        <source>The name, exactly as written. It is replaced by a dash in every meeting, measure and round, and removed from the teams. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="496"/>
        <source>The backups and the notes kept on this computer are rewritten without the name too. Names typed inside free text (notes, reflections, observations) are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="512"/>
        <source>The name was replaced in %n record(s),</source>
        <translation>
            <numerusform>The name was replaced in %n record,</numerusform>
            <numerusform>The name was replaced in %n records,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="513"/>
        <source>%n note file(s) kept on this computer</source>
        <translation>
            <numerusform>%n note file kept on this computer</numerusform>
            <numerusform>%n note files kept on this computer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="514"/>
        <source>and %n backup(s).</source>
        <translation>
            <numerusform>and %n backup.</numerusform>
            <numerusform>and %n backups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="515"/>
        <source>%n copy(ies) that could not be changed were removed.</source>
        <translation>
            <numerusform>%n copy that could not be changed was removed.</numerusform>
            <numerusform>%n copies that could not be changed were removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="516"/>
        <source>%n copy(ies) could not be changed and still hold the name.</source>
        <translation>
            <numerusform>%n copy could not be changed and still holds the name.</numerusform>
            <numerusform>%n copies could not be changed and still hold the name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="528"/>
        <source>%n older copy(ies) of the data could not be changed and still hold the name. Delete them?</source>
        <translation>
            <numerusform>%n older copy of the data could not be changed and still holds the name. Delete it?</numerusform>
            <numerusform>%n older copies of the data could not be changed and still hold the name. Delete them?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="540"/>
        <location filename="../../ui/history.py" line="542"/>
        <location filename="../../ui/history.py" line="545"/>
        <location filename="../../ui/history.py" line="557"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="540"/>
        <source>There are no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="546"/>
        <source>Replace the current data with the backup from %1? The current data is kept aside, not deleted. Runde closes; start it again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="554"/>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstallCheck</name>
    <message>
        <location filename="../../ui/install_check.py" line="23"/>
        <source>Runde is not installed completely: its built-in meeting formats are missing (looked in %1). Please install Runde again, or ask whoever installed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/install_check.py" line="46"/>
        <source>Runde cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/install_check.py" line="71"/>
        <source>The chime is not installed on this computer, so Runde stays silent. To hear it, install Runde with its sound part (runde[sound]) or use the Runde program for your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/install_check.py" line="79"/>
        <source>The database server part is not installed on this computer, so Runde keeps everything in this computer&apos;s own file. To use a team database server, install Runde with its server part (runde[server]).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingController</name>
    <message>
        <location filename="../../ui/meeting_controller.py" line="114"/>
        <location filename="../../ui/meeting_controller.py" line="128"/>
        <source>F1 keys · F2 console · Esc leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="148"/>
        <source>Time is almost up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="149"/>
        <source>Time is up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="159"/>
        <source>Room view on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meeting_controller.py" line="409"/>
        <source>A meeting holds at most %n people.</source>
        <translation>
            <numerusform>A meeting holds at most %n person.</numerusform>
            <numerusform>A meeting holds at most %n people.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="420"/>
        <source>Finish the meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="421"/>
        <source>The meeting ends now and its times are kept. You can still add learning points and measures afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingSession</name>
    <message>
        <location filename="../../ui/meeting_session.py" line="179"/>
        <source>Changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="180"/>
        <source>This learning point was changed on another computer while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="182"/>
        <source>This measure was changed on another computer while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="184"/>
        <source>On the other computer: %1
Here: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="186"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="187"/>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="232"/>
        <source>The sheet cannot be made now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="233"/>
        <source>The meeting cannot be read to make its sheet: %1 Everything typed is kept; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="235"/>
        <source>it is not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="300"/>
        <source>✓ Everything is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="305"/>
        <source>Server not reachable: edits are kept on this computer and saved when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="308"/>
        <source>⚠ Not saved yet (%1). Kept in memory; Runde keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagePanel</name>
    <message>
        <location filename="../../ui/room_message.py" line="104"/>
        <location filename="../../ui/room_message.py" line="112"/>
        <source>Message to the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="105"/>
        <source>Show “%1” on the room&apos;s view (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="105"/>
        <source>Show “%1” on the room&apos;s view (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="106"/>
        <source>Show “%1” on the room&apos;s view (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="111"/>
        <source>Or type a short message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_message.py" line="113"/>
        <source>At most %n characters; Enter shows it on the room&apos;s view</source>
        <translation>
            <numerusform>At most %n character; Enter shows it on the room&apos;s view</numerusform>
            <numerusform>At most %n characters; Enter shows it on the room&apos;s view</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="115"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="116"/>
        <source>Show the typed message on the room&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="117"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="118"/>
        <source>Take the message off the room&apos;s view (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_message.py" line="120"/>
        <source>Cut to %n characters: a message to the room is read in a glance.</source>
        <translation>
            <numerusform>Cut to %n character: a message to the room is read in a glance.</numerusform>
            <numerusform>Cut to %n characters: a message to the room is read in a glance.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanBar</name>
    <message>
        <location filename="../../ui/plan_bar.py" line="22"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_bar.py" line="24"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_bar.py" line="25"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/data_dialogs.py" line="37"/>
        <source>Choose the backup to restore (newest first). The current data is moved aside, not deleted.</source>
        <translation>Choose the backup to restore (newest first). The current data is moved aside, not deleted.</translation>
    </message>
</context>
<context>
    <name>RoomMessage</name>
    <message>
        <location filename="../../ui/room_message.py" line="28"/>
        <source>2 minutes left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="28"/>
        <source>Please round off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="29"/>
        <source>Short break</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <location filename="../../ui/room_view.py" line="64"/>
        <source>Room view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="113"/>
        <source>Press Page Down again to end the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_header.py" line="30"/>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_header.py" line="68"/>
        <source>Today&apos;s focus area: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="162"/>
        <source>Planned %1 of %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_view.py" line="164"/>
        <source>Planned %n min</source>
        <translation>
            <numerusform>Planned %n min</numerusform>
            <numerusform>Planned %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_view.py" line="167"/>
        <source>%n min behind</source>
        <translation>
            <numerusform>%n min behind</numerusform>
            <numerusform>%n min behind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_view.py" line="169"/>
        <source>%n min ahead</source>
        <translation>
            <numerusform>%n min ahead</numerusform>
            <numerusform>%n min ahead</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="171"/>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_clock.py" line="67"/>
        <source>Ready – press Space to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_clock.py" line="69"/>
        <location filename="../../ui/room_round.py" line="52"/>
        <source>❚❚ Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_clock.py" line="73"/>
        <source>Over time – the clock keeps counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_clock.py" line="75"/>
        <source>▲ Time is almost up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_body.py" line="68"/>
        <location filename="../../ui/room_round.py" line="49"/>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_gathering.py" line="21"/>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_gathering.py" line="22"/>
        <source>The meeting has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_view.py" line="238"/>
        <source>It took %n min</source>
        <translation>
            <numerusform>It took %n min</numerusform>
            <numerusform>It took %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/room_gathering.py" line="39"/>
        <source>The meeting starts in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_gathering.py" line="41"/>
        <source>Starts at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_gathering.py" line="44"/>
        <source>It is %1 – press Space to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_round.py" line="75"/>
        <source>%1 (%2 of %3) · %4 left in this part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_chips.py" line="40"/>
        <source>%1 passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_chips.py" line="42"/>
        <source>%1 is away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_gathering.py" line="68"/>
        <location filename="../../ui/room_rows.py" line="134"/>
        <source>Expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="175"/>
        <source>%1 of %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="179"/>
        <source>Ends %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_round.py" line="28"/>
        <source>Nobody takes a turn in this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_round.py" line="30"/>
        <source>✓ Round complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room_round.py" line="34"/>
        <source>The round</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomWindow</name>
    <message>
        <location filename="../../ui/screens.py" line="31"/>
        <source>Runde – room view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenRouter</name>
    <message>
        <location filename="../../ui/screens.py" line="130"/>
        <source>Screen %1 (%2 × %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="203"/>
        <location filename="../../ui/settings_dialog.py" line="276"/>
        <source>Hide Organisation / IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="203"/>
        <location filename="../../ui/settings_dialog.py" line="277"/>
        <source>Organisation / IT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="231"/>
        <source>A team database server is in use: %1. The IT department looks after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="234"/>
        <source>Everything is kept in this computer&apos;s own file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="238"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="239"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="239"/>
        <source>&amp;Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="240"/>
        <source>&amp;Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="240"/>
        <source>&amp;Flash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="241"/>
        <source>S&amp;ound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="241"/>
        <source>&amp;Chime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="241"/>
        <source>&amp;Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="242"/>
        <source>&amp;Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="242"/>
        <source>&amp;Room&apos;s screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="243"/>
        <source>&amp;Database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="243"/>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="246"/>
        <source>As the computer is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="248"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="249"/>
        <source>High contrast: black, white and yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="250"/>
        <source>Soft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="250"/>
        <source>Two tones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="253"/>
        <source>By itself: the first screen that is not this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="254"/>
        <source>Screen %1: %2 (%3 × %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="257"/>
        <source>A short flash when the time changes phase (off: nothing flashes or moves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="259"/>
        <source>A chime when time is almost up and when it is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="260"/>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="261"/>
        <source>Play the chime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="262"/>
        <source>Volume of the chime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="263"/>
        <source>Text size of the windows on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="264"/>
        <source>The room&apos;s view always makes its text as large as the screen allows. Warnings are shown by words and shapes as well as colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="267"/>
        <source>Organisation / IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="268"/>
        <source>The IT department sets this up when a team shares its meetings on a database server; leave it as it is unless they ask you to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="272"/>
        <source>Database server: empty keeps everything in this computer&apos;s own file. A server (for example postgresql://name@server/runde?sslmode=verify-full) is used from the next start; the password is kept in the computer&apos;s keyring, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="278"/>
        <source>Organisation / IT: the team database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="280"/>
        <source>Empty: this computer&apos;s own file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="281"/>
        <source>Database server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="282"/>
        <source>Password for the database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="292"/>
        <source>As the format says</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_dialog.py" line="294"/>
        <source>%n second(s) before the end of a step</source>
        <translation>
            <numerusform>%n second before the end of a step</numerusform>
            <numerusform>%n seconds before the end of a step</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_dialog.py" line="295"/>
        <source>%n minute(s) before the end of a step</source>
        <translation>
            <numerusform>%n minute before the end of a step</numerusform>
            <numerusform>%n minutes before the end of a step</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceBox</name>
    <message>
        <location filename="../../ui/format_widgets.py" line="115"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="116"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="116"/>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="117"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="117"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="118"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="120"/>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="131"/>
        <source>Danish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="131"/>
        <source>Norwegian Bokmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="132"/>
        <source>Norwegian Nynorsk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="132"/>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="132"/>
        <source>Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="133"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="134"/>
        <source>Icelandic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="134"/>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/start_screen.py" line="220"/>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="221"/>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="224"/>
        <source>Your team&apos;s name (remembered with its people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="225"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="226"/>
        <source>&amp;Meeting series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="227"/>
        <source>The team&apos;s meeting dates, who takes part, a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="228"/>
        <source>The team: tick who is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="229"/>
        <source>Untick anyone who is not here today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="230"/>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="234"/>
        <source>&amp;Who is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="236"/>
        <source>One name per line, or separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="237"/>
        <source>F&amp;acilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="243"/>
        <source>Round &amp;starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="244"/>
        <source>The facilitator takes a turn in the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="238"/>
        <source>Case &amp;presenters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="239"/>
        <source>Case presenters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="241"/>
        <source>Tick who presents the case: one or more. Arrow keys move, Space ticks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="245"/>
        <source>The case presenters take a turn in the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_since_last.py" line="27"/>
        <source>Start with “What did you try since last time?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_since_last.py" line="29"/>
        <source>A first step of %1 min: what people tried since the last meeting, and the measures from last time. What is typed for it is printed on the sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="247"/>
        <source>Start the meeting (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="248"/>
        <source>History and sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="249"/>
        <source>Learning visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="250"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="251"/>
        <source>Edit formats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_rotation.py" line="40"/>
        <source>Rotate the role: next in turn is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="253"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="231"/>
        <source>The team: tick who is &amp;here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="233"/>
        <source>E&amp;veryone here, guests too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="254"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="64"/>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="65"/>
        <source>The plan as a bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="66"/>
        <source>Back to the format&apos;s times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_rotation.py" line="36"/>
        <source>%1 has the role this time; next time: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="442"/>
        <source>(nobody chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="486"/>
        <location filename="../../ui/start_screen.py" line="487"/>
        <source>No formats are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="88"/>
        <source>Planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="91"/>
        <source>⚠ Planned: %1 of the usual %2 – %3 too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="96"/>
        <source>Planned: %1 of %2 – it fills the time exactly: there is no spare minute if a step runs over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="99"/>
        <source>Planned: %1 of %2 – %3 to spare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/start_screen.py" line="510"/>
        <source>%1: %n turns of %2</source>
        <translation>
            <numerusform>%1: %n turn of %2</numerusform>
            <numerusform>%1: %n turns of %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="513"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="122"/>
        <source>Applies at once: the plan becomes %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="127"/>
        <source>To make it fit (the new total in brackets):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="139"/>
        <source>Leave the presenter out of the round (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="141"/>
        <source>Leave the presenters out of the round (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="144"/>
        <source>“%1” %2 instead of %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="148"/>
        <source>Turns of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="150"/>
        <source>Leave out “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="159"/>
        <source>turns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="161"/>
        <source>“%1” %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="166"/>
        <source>For this meeting: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_notes.py" line="17"/>
        <source>Choose a facilitator first: this format needs one to lead the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="171"/>
        <source>The plan is longer than usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="172"/>
        <source>The plan is %1, longer than the meeting&apos;s usual %2. Start anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="176"/>
        <source>Start anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="178"/>
        <source>Back to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_notes.py" line="24"/>
        <source>⚠ Nobody takes a turn in the round yet: add names, or the round is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_notes.py" line="26"/>
        <source>ℹ This format is meant for at least %1 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_notes.py" line="29"/>
        <source>ℹ This format is meant for at most %1 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_notes.py" line="32"/>
        <source>ℹ Choose a facilitator: the meeting needs someone to lead it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_notes.py" line="37"/>
        <source>ℹ Some names were given twice; they are numbered (2), (3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_notes.py" line="40"/>
        <source>ℹ Very long names were shortened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_notes.py" line="42"/>
        <source>⚠ Only the first 200 names are used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamExportDialog</name>
    <message>
        <location filename="../../ui/data_dialogs.py" line="71"/>
        <source>Include confidential items and private observations (only for moving your own data to another computer)</source>
        <translation>Include confidential items and private observations (only for moving your own data to another computer)</translation>
    </message>
</context>
<context>
    <name>TextLimit</name>
    <message>
        <location filename="../../ui/text_limit.py" line="52"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/text_limit.py" line="54"/>
        <source>%1 of at most %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/text_limit.py" line="130"/>
        <source>The text in all has reached its limit of %1 characters. Shorten something to write more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/text_limit.py" line="134"/>
        <source>Text in all: %1 of at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitEndBar</name>
    <message>
        <location filename="../../ui/meeting_end.py" line="189"/>
        <source>Write the learning points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="190"/>
        <source>Make the sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="191"/>
        <source>Back to the start screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meeting_end.py" line="203"/>
        <source>%n learning point(s)</source>
        <translation>
            <numerusform>%n learning point</numerusform>
            <numerusform>%n learning points</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="204"/>
        <source>No learning points yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="205"/>
        <source>The learning visit is finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitWindow</name>
    <message>
        <location filename="../../ui/visit_window.py" line="99"/>
        <source>Runde – learning visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="162"/>
        <source>1 · Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="162"/>
        <source>2 · The day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="163"/>
        <source>3 · Learning meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="166"/>
        <source>Learning agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="166"/>
        <source>Colleague being followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="166"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="167"/>
        <source>Day and hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="167"/>
        <source>What the agent wants from the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="168"/>
        <source>What the colleague suggests to focus on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="169"/>
        <source>Ground rules (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="169"/>
        <source>How the agent takes part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="173"/>
        <source>Whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="173"/>
        <source>Half day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="178"/>
        <source>As a fly on the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="179"/>
        <source>As a kind of intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="182"/>
        <source>We both agree to the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="183"/>
        <source>The manager is informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="184"/>
        <source>An observation (Ctrl+O from anywhere, Enter saves it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="185"/>
        <source>New observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="186"/>
        <source>Observations are private: they stay on this computer and out of every sheet unless you tick one to release it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="189"/>
        <source>What did you see and hear?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="189"/>
        <source>What worked well?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="190"/>
        <source>What could perhaps be done differently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="191"/>
        <source>What was it like to have a learning agent along?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="192"/>
        <source>What thoughts has the day given you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="194"/>
        <source>Three learning points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="203"/>
        <source>Finish the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="204"/>
        <source>Everything is saved; then make its sheet, or go back to the start screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="362"/>
        <source>The sheet cannot be made now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="363"/>
        <source>The learning visit cannot be read to make its sheet: %1 Everything typed is kept; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="365"/>
        <source>it is not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="51"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="52"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="72"/>
        <source>The visit was on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="73"/>
        <source>The visit is planned for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="168"/>
        <source>Some edits of the learning visit of %1 (%2 with %3) could not be saved before Runde closed. They were kept on this computer. Bring them back into that visit now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_pages.py" line="174"/>
        <location filename="../../ui/visit_pages.py" line="175"/>
        <location filename="../../ui/visit_window.py" line="196"/>
        <location filename="../../ui/visit_window.py" line="197"/>
        <source>Learning point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="198"/>
        <source>The day&apos;s observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="199"/>
        <source>Present them at a staff meeting on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="112"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="217"/>
        <location filename="../../ui/visit_window.py" line="272"/>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_saving.py" line="182"/>
        <source>⚠ Not saved yet (%1); Runde keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_saving.py" line="172"/>
        <source>✓ Everything is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/visit_window.py" line="263"/>
        <source>%n learning point(s) so far; three is the usual aim.</source>
        <translation>
            <numerusform>%n learning point so far; three is the usual aim.</numerusform>
            <numerusform>%n learning points so far; three is the usual aim.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="113"/>
        <source>− 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="114"/>
        <source>+ 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="115"/>
        <source>One minute less for this part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="117"/>
        <source>One minute more for this part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="127"/>
        <source>Time left for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="202"/>
        <source>Add a learning point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_saving.py" line="179"/>
        <source>Server not reachable: edits are kept on this computer and saved when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_observations.py" line="112"/>
        <location filename="../../ui/visit_observations.py" line="127"/>
        <source>not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_observations.py" line="132"/>
        <source>Ticked: released for sheets. Not ticked: private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_observations.py" line="134"/>
        <source>Not saved yet: kept on this computer and saved as soon as Runde can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="64"/>
        <source>The day starts in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="69"/>
        <source>The planned day ended %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="66"/>
        <source>%1 gone · %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="75"/>
        <source>(no focus agreed yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="77"/>
        <source>Focus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="130"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="131"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="132"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="133"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../ui/cli/language.py" line="32"/>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="33"/>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="34"/>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="35"/>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="36"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="37"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="38"/>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="39"/>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="40"/>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="41"/>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="42"/>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="43"/>
        <source>expected at most one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="44"/>
        <source>ignored explicit argument %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="45"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="46"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="47"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../ui/cli/parser.py" line="16"/>
        <source>Runde: a meeting timer and reflection app for learning meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="19"/>
        <location filename="../../ui/cli/parser.py" line="110"/>
        <location filename="../../ui/cli/parser.py" line="116"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="19"/>
        <location filename="../../ui/cli/parser.py" line="109"/>
        <source>TEAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="19"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="20"/>
        <source>NAMES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="21"/>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="23"/>
        <source>show Runde&apos;s version and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="24"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="24"/>
        <source>keep everything Runde writes under DIR (a USB stick, a test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="26"/>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="27"/>
        <source>interface language: en, da, nb, sv or fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="28"/>
        <source>use a PostgreSQL server instead of this computer&apos;s own file, e.g. postgresql://user@host/runde?sslmode=verify-full (the password from RUNDE_DB_PASSWORD or the keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="33"/>
        <source>open straight into a meeting, ready to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="34"/>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="35"/>
        <source>format id (see: runde formats list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="37"/>
        <source>names separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="38"/>
        <source>who leads the meeting; one of --participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="40"/>
        <source>the case presenter, or several separated by commas; each must be one of --participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="42"/>
        <source>the team: remembered, and the round opens with the next person each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="45"/>
        <source>screen number for the room&apos;s view (1 is the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="46"/>
        <source>open a new learning visit&apos;s check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="47"/>
        <source>the learning agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="49"/>
        <source>the colleague being followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="50"/>
        <source>list, export or import meeting formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="52"/>
        <source>one format a line, its id first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="53"/>
        <source>write a format to a file to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="54"/>
        <source>the format&apos;s id (see: runde formats list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="55"/>
        <location filename="../../ui/cli/parser.py" line="74"/>
        <location filename="../../ui/cli/parser.py" line="111"/>
        <source>the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="56"/>
        <source>check a format file and add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="57"/>
        <source>the format file to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="58"/>
        <source>write a sheet without opening a window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="60"/>
        <source>one meeting&apos;s sheet: its number, or latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="62"/>
        <source>one learning visit&apos;s sheet: its number, or latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="64"/>
        <source>a team&apos;s sheet of its learning points over a time (no name: the only team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="66"/>
        <source>with --team: from this date (YYYY-MM-DD), or last-sheet: what is new since the team&apos;s last sheet (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="69"/>
        <source>with --team: up to this date (YYYY-MM-DD; the default is today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="71"/>
        <source>pdf to print, odt to edit (LibreOffice, Word), md text, csv a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="76"/>
        <source>also export items marked confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="77"/>
        <source>show names as initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="79"/>
        <source>add the planned and actual times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="80"/>
        <source>write a team&apos;s meeting series as a calendar file (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="83"/>
        <source>the team (may be left out when there is only one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="85"/>
        <source>the calendar file to write (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="87"/>
        <source>times in UTC, for a calendar program that ignores time zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="88"/>
        <source>move a team&apos;s history between this computer&apos;s file and a database server, counted table by table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="91"/>
        <location filename="../../ui/cli/parser.py" line="109"/>
        <source>the team&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="93"/>
        <source>where to: a server URL, or local for this computer&apos;s own file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="95"/>
        <source>where from (default: the database Runde uses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="97"/>
        <source>remove the team where it came from once the copy is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="104"/>
        <source>save a team&apos;s whole history as one file, or bring one in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="107"/>
        <source>write a team&apos;s whole history to a file (as History saves it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="112"/>
        <source>also write confidential items and private observations (only to move your own data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="114"/>
        <source>check a team file and bring it in whole, or nothing of it (a name in use gets a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="117"/>
        <source>the team file to read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
