<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name></name>
    <message>
        <location filename="../../ui/store_opening.py" line="143"/>
        <source>Runde is already open</source>
        <translation>Runde är redan öppet</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="144"/>
        <source>Runde is already open on this computer with the same data. Switch to that window (it may be on another screen) instead of starting it twice.</source>
        <translation>Runde är redan öppet på den här datorn med samma uppgifter. Gå till det fönstret (det kan vara på en annan skärm) i stället för att starta Runde två gånger.</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="148"/>
        <source>A newer Runde wrote this data</source>
        <translation>En nyare version av Runde har sparat de här uppgifterna</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="159"/>
        <location filename="../../ui/store_opening.py" line="149"/>
        <source>The data was saved by a newer version of Runde. This version leaves it untouched. Please install the newer version.</source>
        <translation>Uppgifterna sparades av en nyare version av Runde. Den här versionen rör dem inte. Installera den nyare versionen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="120"/>
        <location filename="../../ui/store_opening.py" line="181"/>
        <source>Another program is using Runde&apos;s data in %1 (perhaps a database tool, or a backup or sync program). Nothing was moved or changed. Close that program and start Runde again.</source>
        <translation>Ett annat program använder Rundes data i %1 (kanske ett databasverktyg eller ett program för säkerhetskopiering eller synkronisering). Inget har flyttats eller ändrats. Stäng det programmet och starta Runde igen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="123"/>
        <location filename="../../ui/store_opening.py" line="185"/>
        <source>The disk that holds %1 is full. Free some space there, or choose another folder with --data-dir. Nothing was moved or changed.</source>
        <translation>Disken med %1 är full. Frigör utrymme där, eller välj en annan mapp med --data-dir. Inget har flyttats eller ändrats.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="125"/>
        <location filename="../../ui/store_opening.py" line="188"/>
        <source>Runde cannot write in %1: choose another folder with --data-dir or make it writable. Nothing was moved or changed.</source>
        <translation>Runde kan inte skriva i %1: välj en annan mapp med --data-dir eller gör den skrivbar. Inget har flyttats eller ändrats.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="127"/>
        <location filename="../../ui/store_opening.py" line="191"/>
        <source>Runde cannot read or write its data in %1 (%2). Check the disk, or choose another folder with --data-dir. Nothing was moved or changed.</source>
        <translation>Runde kan inte läsa eller skriva sina data i %1 (%2). Kontrollera disken, eller välj en annan mapp med --data-dir. Inget har flyttats eller ändrats.</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="33"/>
        <location filename="../../ui/store_opening.py" line="156"/>
        <location filename="../../ui/store_opening.py" line="161"/>
        <source>Runde cannot open its data</source>
        <translation>Runde kan inte öppna sina uppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="165"/>
        <location filename="../../ui/store_opening.py" line="34"/>
        <source>The database setting cannot be used: %1</source>
        <translation>Databasinställningen kan inte användas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="81"/>
        <source>Runde cannot work offline</source>
        <translation>Runde kan inte arbeta offline</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="82"/>
        <source>Runde cannot note what is done offline, to send it to the team server later: %1. Nothing was changed.</source>
        <translation>Runde kan inte anteckna vad som görs offline, så att det kan skickas till teamets server senare: %1. Inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="44"/>
        <source>Working offline, in this computer&apos;s own file: the team server %1 could not be reached. What you do now is sent to it the next time Runde starts and reaches it.</source>
        <translation>Du arbetar offline i den här datorns egen fil: teamets server %1 kunde inte nås. Det du gör nu skickas dit nästa gång Runde startar och når den.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="34"/>
        <location filename="../../ui/offline_work.py" line="61"/>
        <location filename="../../ui/offline_work.py" line="86"/>
        <location filename="../../ui/offline_work.py" line="106"/>
        <location filename="../../ui/offline_work.py" line="110"/>
        <source>Work done offline</source>
        <translation>Arbete gjort offline</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="35"/>
        <source>Runde cannot note this for sending to the team server later: %1. It is kept in this computer&apos;s own file; “runde move-team” can bring a team&apos;s history to the server.</source>
        <translation>Runde kan inte anteckna detta så att det kan skickas till teamets server senare: %1. Det sparas i den här datorns egen fil; “runde move-team” kan flytta ett teams historik till servern.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="62"/>
        <source>Runde cannot read its note of what was done offline on this computer (%1). Nothing was sent; the note is left as it is.</source>
        <translation>Runde kan inte läsa sin anteckning om vad som gjordes offline på den här datorn (%1). Inget skickades; anteckningen lämnas som den är.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="71"/>
        <source>The work done offline cannot be read from this computer&apos;s own file: %1. Nothing was sent; Runde asks again at the next start.</source>
        <translation>Det som gjordes offline kan inte läsas från den här datorns egen fil: %1. Inget skickades; Runde frågar igen vid nästa start.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="77"/>
        <source>The work done offline could not be sent: %1. Nothing was sent; Runde asks again at the next start.</source>
        <translation>Det som gjordes offline kunde inte skickas: %1. Inget skickades; Runde frågar igen vid nästa start.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="107"/>
        <source>The work done offline was sent, but its note could not be set aside (%1). Runde will offer it again; sending it again changes nothing.</source>
        <translation>Det som gjordes offline är skickat, men anteckningen kunde inte läggas åt sidan (%1). Runde erbjuder det igen; att skicka det igen ändrar ingenting.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="111"/>
        <source>Sent to the team server: %1. It is in the team&apos;s history there now; this computer keeps its own copy.</source>
        <translation>Skickat till teamets server: %1. Det finns nu i teamets historik där; den här datorn behåller sin egen kopia.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/offline_work.py" line="118"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n möte</numerusform>
            <numerusform>%n möten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/offline_work.py" line="119"/>
        <source>%n learning visit(s)</source>
        <translation>
            <numerusform>%n lärandebesök</numerusform>
            <numerusform>%n lärandebesök</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="121"/>
        <source>%1 and %2</source>
        <translation>%1 och %2</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="122"/>
        <source>nothing new</source>
        <translation>inget nytt</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="127"/>
        <source>Send the work done offline?</source>
        <translation>Skicka det som gjordes offline?</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="128"/>
        <source>While the team server could not be reached (from %1), Runde worked in this computer&apos;s own file: %2. Send it to the team server now? Nothing is removed from this computer.</source>
        <translation>Medan teamets server inte kunde nås (från %1) arbetade Runde i den här datorns egen fil: %2. Skicka det till teamets server nu? Inget tas bort från den här datorn.</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="131"/>
        <source>Send now</source>
        <translation>Skicka nu</translation>
    </message>
    <message>
        <location filename="../../ui/offline_work.py" line="132"/>
        <source>Later</source>
        <translation>Senare</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="103"/>
        <source>The database server cannot be reached</source>
        <translation>Det går inte att nå databasservern</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="58"/>
        <source>The database server refused the login</source>
        <translation>Databasservern avvisade inloggningen</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="132"/>
        <source>The database server %1 refused the user name or password. Set the password in Settings…, or in the environment variable RUNDE_DB_PASSWORD.</source>
        <translation>Databasservern %1 avvisade användarnamnet eller lösenordet. Ange lösenordet under Inställningar… eller i miljövariabeln RUNDE_DB_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="108"/>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="110"/>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="162"/>
        <source>Runde could not open its data folder:
%1

Nothing was changed.</source>
        <translation>Runde kunde inte öppna mappen med sina uppgifter:
%1

Ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="169"/>
        <source>Data on a network drive</source>
        <translation>Uppgifterna ligger på en nätverksenhet</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="170"/>
        <source>Runde&apos;s data is on a network drive. Databases can be damaged there; keep the data on this computer (or use --data-dir with a local folder).</source>
        <translation>Rundes uppgifter ligger på en nätverksenhet. Där kan databaser skadas; spara uppgifterna på den här datorn (eller använd --data-dir med en lokal mapp).</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="162"/>
        <location filename="../../ui/store_opening.py" line="199"/>
        <source>Runde&apos;s database was damaged, perhaps by a crash or a full disk. It was moved aside, not deleted:
%1</source>
        <translation>Rundes databas var skadad, kanske efter en krasch eller en full disk. Den flyttades undan, den raderades inte:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="202"/>
        <location filename="../../ui/store_opening.py" line="206"/>
        <location filename="../../ui/store_opening.py" line="216"/>
        <source>The data was damaged</source>
        <translation>Uppgifterna var skadade</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="203"/>
        <source>There is no backup to restore. Runde starts with empty data.</source>
        <translation>Det finns ingen säkerhetskopia att återställa. Runde startar utan uppgifter.</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="207"/>
        <source>Restore the newest good backup, from %1?</source>
        <translation>Vill du återställa den senaste felfria säkerhetskopian, från %1?</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="157"/>
        <source>Some edits of the meeting of %1 could not be saved before Runde closed (%2). They were kept on this computer. Bring them back into that meeting now?</source>
        <translation>Några ändringar från mötet %1 kunde inte sparas innan Runde stängdes (%2). De sparades på den här datorn. Vill du föra tillbaka dem till mötet nu?</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="159"/>
        <source>no case title</source>
        <translation>ingen titel på fallet</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="66"/>
        <location filename="../../ui/recovery.py" line="73"/>
        <location filename="../../ui/recovery.py" line="160"/>
        <location filename="../../ui/recovery.py" line="172"/>
        <source>Edits that were not saved</source>
        <translation>Ändringar som inte sparades</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="218"/>
        <source>They could not be brought back now: %1 They stay in %2.</source>
        <translation>De kunde inte föras tillbaka nu: %1 De ligger kvar i %2.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="224"/>
        <source>A file of edits that were not saved cannot be read; it is left where it is: %1</source>
        <translation>En fil med ändringar som inte sparades kan inte läsas; den ligger kvar där den är: %1</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="104"/>
        <source>Runde cannot reach the database server %1. Check the network connection, or ask the IT department whether the server is running. Nothing was changed.

You can also work offline: Runde then keeps what you do in this computer&apos;s own file and sends it to the server the next time it starts and reaches it.</source>
        <translation>Runde når inte databasservern %1. Kontrollera nätverksanslutningen, eller fråga IT-avdelningen om servern är igång. Inget ändrades.

Du kan också arbeta offline: Runde sparar då det du gör i den här datorns egen fil och skickar det till servern nästa gång Runde startar och når den.</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="109"/>
        <source>Work offline</source>
        <translation>Arbeta offline</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="136"/>
        <source>Connecting to the team&apos;s database server %1…</source>
        <translation>Ansluter till arbetslagets databasserver %1…</translation>
    </message>
    <message>
        <location filename="../../ui/store_opening.py" line="167"/>
        <source>Runde&apos;s data is read-only</source>
        <translation>Rundes data är skrivskyddade</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="208"/>
        <source>Resume the meeting?</source>
        <translation>Fortsätta mötet?</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="209"/>
        <source>A meeting was still running when Runde stopped a moment ago. Resume it where it was (paused, with the time that passed shown), or end it there?</source>
        <translation>Ett möte pågick fortfarande när Runde stängdes för en stund sedan. Vill du fortsätta där det var (pausat, med tiden som har gått), eller avsluta det där?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recovery.py" line="212"/>
        <source>A meeting was still running when Runde stopped, %n minute(s) ago. Resume it where it was (paused, with the time that passed shown), or end it there?</source>
        <translatorcomment>review: the source has %n but is not a plural message (minute(s)); wrote &apos;%n min&apos; so it reads right for any number</translatorcomment>
        <translation>
            <numerusform>Ett möte pågick fortfarande när Runde stängdes, för %n minut sedan. Vill du fortsätta där det var (pausat, och tiden som har gått visas) eller avsluta det där?</numerusform>
            <numerusform>Ett möte pågick fortfarande när Runde stängdes, för %n minuter sedan. Vill du fortsätta där det var (pausat, och tiden som har gått visas) eller avsluta det där?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recovery.py" line="214"/>
        <source>A meeting started on another computer has not been saved there for %n minute(s): Runde there may have stopped. Resume it here (paused, with the time that passed shown), end it there, or leave it?</source>
        <translation>
            <numerusform>Ett möte som startades på en annan dator har inte sparats där på %n minut: Runde där kan ha stannat. Vill du fortsätta det här (pausat, med tiden som har gått), avsluta det där eller låta det vara?</numerusform>
            <numerusform>Ett möte som startades på en annan dator har inte sparats där på %n minuter: Runde där kan ha stannat. Vill du fortsätta det här (pausat, med tiden som har gått), avsluta det där eller låta det vara?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="217"/>
        <source>Resume</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="218"/>
        <source>End it there</source>
        <translation>Avsluta där</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="221"/>
        <source>Leave it</source>
        <translation>Låt det vara</translation>
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
        <translatorcomment>review: glossary marks &apos;lärandebesök&apos; (?) for learning visit</translatorcomment>
        <translation>Mötesformen för lärandebesök saknas.</translation>
    </message>
    <message>
        <location filename="../../ui/app_windows.py" line="141"/>
        <source>The learning visit cannot be opened now: %1</source>
        <translation>Lärandebesöket kan inte öppnas nu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_windows.py" line="143"/>
        <source>it is no longer there.</source>
        <translation>det finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../ui/app_windows.py" line="146"/>
        <source>Runde – learning visit (offline, in this computer&apos;s own file)</source>
        <translation>Runde – lärandebesök (offline, i den här datorns egen fil)</translation>
    </message>
    <message>
        <location filename="../../ui/app_windows.py" line="174"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../../ui/app_windows.py" line="175"/>
        <source>The history cannot be shown now: %1</source>
        <translation>Historiken kan inte visas nu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_settings.py" line="51"/>
        <location filename="../../ui/app_settings.py" line="54"/>
        <location filename="../../ui/app_settings.py" line="67"/>
        <source>The database setting was not saved</source>
        <translation>Databasinställningen sparades inte</translation>
    </message>
    <message>
        <location filename="../../ui/app_settings.py" line="74"/>
        <source>The password was not saved</source>
        <translation>Lösenordet sparades inte</translation>
    </message>
    <message>
        <location filename="../../ui/app_settings.py" line="75"/>
        <source>This computer has no keyring to keep the password in. Set the environment variable RUNDE_DB_PASSWORD instead; the password is never written into a file.</source>
        <translation>Den här datorn har ingen nyckelring att spara lösenordet i. Ange miljövariabeln RUNDE_DB_PASSWORD i stället; lösenordet skrivs aldrig till en fil.</translation>
    </message>
    <message>
        <location filename="../../ui/app_settings.py" line="94"/>
        <source>Settings not saved</source>
        <translation>Inställningarna sparades inte</translation>
    </message>
    <message>
        <location filename="../../ui/app_settings.py" line="95"/>
        <source>The settings apply now but could not be saved for next time: %1</source>
        <translation>Inställningarna gäller nu, men de kunde inte sparas till nästa gång: %1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="204"/>
        <source>The learning visit cannot start</source>
        <translation>Lärandebesöket kan inte starta</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="205"/>
        <source>A learning visit cannot be started, because it could not be saved. %1</source>
        <translation>Ett lärandebesök kan inte startas, eftersom det inte kunde sparas. %1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="208"/>
        <source>The meeting cannot start</source>
        <translation>Mötet kan inte starta</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="209"/>
        <source>A meeting cannot be started, because it could not be saved. %1</source>
        <translation>Mötet kan inte startas, eftersom det inte kunde sparas. %1</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_start.py" line="128"/>
        <source>The meeting is not being saved</source>
        <translation>Mötet sparas inte</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_start.py" line="129"/>
        <source>The meeting runs, but Runde cannot save it: %1</source>
        <translation>Mötet pågår, men Runde kan inte spara det: %1</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_start.py" line="221"/>
        <location filename="../../ui/single_instance.py" line="141"/>
        <source>There is no format with the id &apos;%1&apos;. Choose one on the start screen.</source>
        <translation>Det finns ingen mötesform med id &apos;%1&apos;. Välj en på startskärmen.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_start.py" line="228"/>
        <source>--participants: a meeting takes at most %1 people; only the first %1 take part, the rest are left out.</source>
        <translation>--participants: ett möte kan ha högst %1 personer; bara de första %1 deltar, resten utelämnas.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_start.py" line="233"/>
        <location filename="../../ui/single_instance.py" line="145"/>
        <source>runde run: --facilitator must be one of the names in --participants.</source>
        <translation>runde run: --facilitator måste vara ett av namnen i --participants.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_start.py" line="235"/>
        <location filename="../../ui/single_instance.py" line="146"/>
        <source>runde run: the format &apos;%1&apos; needs a facilitator: name one of --participants with --facilitator NAME.</source>
        <translation>runde run: formatet &apos;%1&apos; kräver en facilitator: ange en av --participants med --facilitator NAMN.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_start.py" line="243"/>
        <location filename="../../ui/single_instance.py" line="152"/>
        <source>--presenter: &apos;%1&apos; is not one of --participants. Choose the presenters on the start screen.</source>
        <translation>--presenter: &apos;%1&apos; finns inte bland --participants. Välj vem som presenterar fallet på startskärmen.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="240"/>
        <source>Some formats could not be used</source>
        <translation>Vissa mötesformer kunde inte användas</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="316"/>
        <source>No backup was made</source>
        <translation>Ingen säkerhetskopia gjordes</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="317"/>
        <source>Runde could not make its start-up backup: %1</source>
        <translation>Runde kunde inte göra sin säkerhetskopia vid starten: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="36"/>
        <source>The team is already there: choose another place with --to.</source>
        <translation>Teamet finns redan där: välj en annan plats med --to.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="39"/>
        <source>Copying &apos;%1&apos; to %2 and checking every table; a large team takes a while…</source>
        <translation>Kopierar &apos;%1&apos; till %2 och kontrollerar varje tabell; ett stort arbetslag tar en stund…</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="43"/>
        <location filename="../../ui/cli/team.py" line="64"/>
        <source>No team called &apos;%1&apos; there.</source>
        <translation>Det finns inget team som heter &apos;%1&apos; där.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="47"/>
        <source>&apos;%1&apos; was copied to %2 and checked, but could not be removed from %3: it is still there, whole.</source>
        <translation>&apos;%1&apos; kopierades till %2 och kontrollerades, men kunde inte tas bort från %3: det finns kvar där, helt.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="51"/>
        <source>The team was not moved: %1</source>
        <translation>Teamet flyttades inte: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="58"/>
        <source>Moved &apos;%1&apos; to %2; every table counted the same on both sides.</source>
        <translation>Flyttade &apos;%1&apos; till %2; alla tabeller hade samma antal på båda sidor.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="60"/>
        <source>Copied &apos;%1&apos; to %2; every table counted the same on both sides.</source>
        <translation>Kopierade &apos;%1&apos; till %2; alla tabeller hade samma antal på båda sidor.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/formats.py" line="61"/>
        <source>The teams&apos; own formats are left out: %1</source>
        <translation>Teamens egna mötesformer är utelämnade: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cli/formats.py" line="79"/>
        <source>%n step(s), about %1 min</source>
        <translatorcomment>review: the source has %n but is not a plural message; worded so it reads right for any number</translatorcomment>
        <translation>
            <numerusform>%n steg, cirka %1 min</numerusform>
            <numerusform>%n steg, cirka %1 min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cli/formats.py" line="80"/>
        <source>%n step(s), no fixed length</source>
        <translatorcomment>review: the source has %n but is not a plural message; worded so it reads right for any number</translatorcomment>
        <translation>
            <numerusform>%n steg, ingen fast längd</numerusform>
            <numerusform>%n steg, ingen fast längd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="110"/>
        <source>A series could not be read and is left out: %1</source>
        <translation>En serie kunde inte läsas och utelämnas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="113"/>
        <source>The team &apos;%1&apos; has no meeting series yet. Set one up with Meeting series… on the start screen.</source>
        <translation>Teamet &apos;%1&apos; har ingen mötesserie än. Skapa en med Mötesserier… på startskärmen.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="101"/>
        <location filename="../../ui/cli/commands.py" line="124"/>
        <source>The calendar was not written: %1</source>
        <translation>Kalendern skrevs inte: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cli/commands.py" line="126"/>
        <source>Wrote %n meeting(s) to %1</source>
        <translatorcomment>review: the source has %n but is not a plural message; worded so it reads right for any number</translatorcomment>
        <translation>
            <numerusform>Skrev %n möte till %1</numerusform>
            <numerusform>Skrev %n möten till %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cli/formats.py" line="83"/>
        <source>Refused: %1</source>
        <translation>Avvisad: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/formats.py" line="91"/>
        <source>No format with the id &apos;%1&apos;. See: runde formats list</source>
        <translation>Ingen mötesform med id &apos;%1&apos;. Se: runde formats list</translation>
    </message>
    <message>
        <location filename="../../ui/cli/formats.py" line="98"/>
        <location filename="../../ui/cli/team.py" line="40"/>
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
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
        <translation>Mötesformen importerades inte: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/formats.py" line="112"/>
        <source>Could not save the format: %1</source>
        <translation>Kunde inte spara mötesformen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/formats.py" line="114"/>
        <source>Imported &apos;%1&apos; (%2)</source>
        <translation>Importerade &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="32"/>
        <source>No such learning visit: %1</source>
        <translatorcomment>review: glossary marks &apos;lärandebesök&apos; (?) for learning visit</translatorcomment>
        <translation>Lärandebesöket finns inte: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="40"/>
        <source>No such meeting: %1</source>
        <translation>Mötet finns inte: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="107"/>
        <location filename="../../ui/cli/export.py" line="48"/>
        <source>Name the team with --team (known teams: %1)</source>
        <translation>Ange teamet med --team (kända team: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="92"/>
        <location filename="../../ui/cli/export.py" line="77"/>
        <source>Runde&apos;s data cannot be opened: %1</source>
        <translation>Rundes uppgifter kan inte öppnas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="89"/>
        <source>Nothing to export: %1</source>
        <translation>Inget att exportera: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="63"/>
        <source>Note: these characters cannot be printed and will be missing: %1</source>
        <translation>Obs! De här tecknen kan inte skrivas ut och kommer att saknas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="67"/>
        <source>Note: right-to-left text (%1) is printed in the PDF in left-to-right order, its letters not joined.</source>
        <translation>Obs: text som läses från höger till vänster (%1) skrivs i PDF:en ut från vänster till höger, och bokstäverna binds inte ihop.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="92"/>
        <location filename="../../ui/cli/export.py" line="102"/>
        <source>The sheet was not written: %1</source>
        <translation>Sammanställningen skrevs inte: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cli/export.py" line="109"/>
        <source>Wrote %1, but it could not be noted in %2 as the team&apos;s last sheet: the next staff sheet starts where this one did. Run the command again to note it.</source>
        <translation>%1 skrevs, men kunde inte noteras i %2 som teamets senaste sammanställning: nästa sammanställning för personalmötet börjar där denna gjorde. Kör kommandot igen för att notera den.</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="104"/>
        <source>Page Down, →</source>
        <translation>Page Down, →</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="104"/>
        <source>Next speaker in the round, otherwise next step</source>
        <translation>Nästa talare i rundan, annars nästa steg</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="105"/>
        <source>Page Down twice</source>
        <translation>Page Down två gånger</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="105"/>
        <source>At the last step: end the meeting (Page Up: go on)</source>
        <translation>Vid sista steget: avsluta mötet (Page Up: fortsätt)</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="106"/>
        <source>Page Up, ←</source>
        <translation>Page Up, ←</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="106"/>
        <source>Back to the previous speaker or step</source>
        <translation>Tillbaka till föregående talare eller steg</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="107"/>
        <source>Space</source>
        <translation>Mellanslag</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="107"/>
        <source>Start, pause, resume</source>
        <translation>Starta, pausa, fortsätt</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="108"/>
        <source>+  /  −</source>
        <translation>+  /  −</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="108"/>
        <source>One minute more / less</source>
        <translation>En minut mer / mindre</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="109"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="109"/>
        <source>The speaker passes</source>
        <translation>Talaren passar</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="110"/>
        <source>B  or  .</source>
        <translation>B  eller  .</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="110"/>
        <source>Black screen, and back</source>
        <translation>Svart skärm och tillbaka</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="111"/>
        <source>F5  /  Esc</source>
        <translation>F5  /  Esc</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="111"/>
        <source>Full screen / leave full screen</source>
        <translation>Helskärm / lämna helskärm</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="112"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="112"/>
        <source>Show the operator&apos;s console</source>
        <translation>Visa styrpanelen</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="113"/>
        <source>1  /  2  /  3</source>
        <translation>1  /  2  /  3</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="113"/>
        <source>A ready-made message to the room</source>
        <translation>Ett färdigt meddelande till rummet</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="114"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="114"/>
        <source>Take the message off the room&apos;s view</source>
        <translation>Ta bort meddelandet från rumsvyn</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="115"/>
        <source>F1  or  ?</source>
        <translation>F1  eller  ?</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="115"/>
        <source>This help</source>
        <translation>Den här hjälpen</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="50"/>
        <source>Learning meeting</source>
        <translatorcomment>review: glossary marks &apos;lärandemöte&apos; (?) for learning meeting (&apos;lärmöte&apos; is also seen)</translatorcomment>
        <translation>Lärandemöte</translation>
    </message>
    <message>
        <location filename="../../ui/app_windows.py" line="140"/>
        <location filename="../../ui/sheet_labels.py" line="50"/>
        <source>Learning visit</source>
        <translatorcomment>review: glossary marks &apos;lärandebesök&apos; (?) for learning visit</translatorcomment>
        <translation>Lärandebesök</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="51"/>
        <location filename="../../ui/sheet_labels.py" line="89"/>
        <source>For the staff meeting</source>
        <translation>Till personalmötet</translation>
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
        <translatorcomment>review: glossary marks &apos;lärdomar / lärpunkter&apos; (?) for learning points; used &apos;lärdom/lärdomar&apos;</translatorcomment>
        <translation>Lärdomar</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="53"/>
        <source>No learning points were written down.</source>
        <translatorcomment>review: glossary marks &apos;lärdomar / lärpunkter&apos; (?) for learning points; used &apos;lärdom/lärdomar&apos;</translatorcomment>
        <translation>Inga lärdomar skrevs ned.</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="54"/>
        <source>Organisational measures</source>
        <translation>Organisatoriska åtgärder</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="54"/>
        <source>Open measures carried forward</source>
        <translation>Öppna åtgärder som förs vidare</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="55"/>
        <source>%(days)d days</source>
        <translation>%(days)d dagar</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="55"/>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="55"/>
        <source>Presented by</source>
        <translation>Presenteras av</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="56"/>
        <source>Learning agent and colleague</source>
        <translatorcomment>review: glossary marks &apos;lärandeagent&apos; (?) for learning agent</translatorcomment>
        <translation>Lärandeagent och kollega</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="57"/>
        <source>What the questions taught the presenter</source>
        <translatorcomment>review: glossary marks &apos;fallpresentatör&apos; (?) for case presenter; used the neutral &apos;den som presenterar fallet&apos; as the glossary suggests</translatorcomment>
        <translation>Det frågorna lärde den som presenterade fallet</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="58"/>
        <source>The round</source>
        <translation>Rundan</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="58"/>
        <source>What was tried since last time</source>
        <translation>Det som har provats sedan förra gången</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="59"/>
        <source>passed</source>
        <translation>passade</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="59"/>
        <source>Observations released by the learning agent</source>
        <translatorcomment>review: glossary marks &apos;lärandeagent&apos; (?) for learning agent</translatorcomment>
        <translation>Observationer som lärandeagenten har delat</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="60"/>
        <source>No meetings or learning visits in this period.</source>
        <translatorcomment>review: glossary marks &apos;lärandebesök&apos; (?) for learning visit</translatorcomment>
        <translation>Inga möten eller lärandebesök under den här perioden.</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="61"/>
        <source>Planned and actual times</source>
        <translation>Planerade och faktiska tider</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="61"/>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="61"/>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="62"/>
        <source>Actual</source>
        <translation>Faktiskt</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="62"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="62"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="62"/>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="63"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="63"/>
        <source>Page %(page)d of %(pages)d</source>
        <translation>Sida %(page)d av %(pages)d</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="64"/>
        <source>Made with Runde on %(date)s</source>
        <translation>Skapad med Runde %(date)s</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="65"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="65"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="65"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="66"/>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="66"/>
        <source>Came later</source>
        <translation>Kom senare</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="66"/>
        <source>Absent</source>
        <translation>Frånvarande</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="67"/>
        <source>Learning questions asked</source>
        <translation>Lärandefrågor som ställdes</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="68"/>
        <source>own question</source>
        <translation>egen fråga</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="69"/>
        <source>absent</source>
        <translation>frånvarande</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="69"/>
        <source>did not get the word</source>
        <translation>kom inte till tals</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="70"/>
        <source>spoke (no line written)</source>
        <translation>talade (inget antecknat)</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="70"/>
        <source>kept confidential</source>
        <translation>hölls konfidentiellt</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="71"/>
        <source>How the time went</source>
        <translation>Så gick tiden</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="72"/>
        <source>Pauses</source>
        <translation>Pauser</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="72"/>
        <source>Minutes added or removed</source>
        <translation>Minuter som lades till eller togs bort</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="73"/>
        <source>New plan applied</source>
        <translation>Ny plan togs i bruk</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="74"/>
        <source>%(step)s: each turn %(old)s → %(new)s</source>
        <translation>%(step)s: varje tur %(old)s → %(new)s</translation>
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
        <translation>Lärandeagent</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="76"/>
        <source>Colleague being followed</source>
        <translation>Kollegan som följs</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="77"/>
        <source>Day and hours</source>
        <translation>Dag och tider</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="77"/>
        <source>whole day</source>
        <translation>heldag</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="77"/>
        <source>half day</source>
        <translation>halvdag</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="78"/>
        <source>What the agent wants from the day</source>
        <translation>Vad lärandeagenten vill få ut av dagen</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="79"/>
        <source>What the colleague suggests to focus on</source>
        <translation>Vad kollegan föreslår att fokusera på</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="80"/>
        <source>Ground rules agreed</source>
        <translation>Överenskomna spelregler</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="80"/>
        <source>Confidentiality</source>
        <translation>Konfidentialitet</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="81"/>
        <source>How the agent takes part</source>
        <translation>Hur lärandeagenten deltar</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="81"/>
        <source>Agreed</source>
        <translation>Överenskommet</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="82"/>
        <source>We both agree to the visit</source>
        <translation>Vi samtycker båda till besöket</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="82"/>
        <source>The manager is informed</source>
        <translation>Chefen är informerad</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="83"/>
        <source>The learning agent&apos;s reflection</source>
        <translation>Lärandeagentens reflektion</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="84"/>
        <source>What did you see and hear?</source>
        <translation>Vad såg och hörde du?</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="84"/>
        <source>What worked well?</source>
        <translation>Vad fungerade bra?</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="85"/>
        <source>What could perhaps be done differently?</source>
        <translation>Vad skulle kanske kunna göras annorlunda?</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="86"/>
        <source>The colleague&apos;s reflection</source>
        <translation>Kollegans reflektion</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="87"/>
        <source>What was it like to have a learning agent along?</source>
        <translation>Hur var det att ha en lärandeagent med sig?</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="88"/>
        <source>What thoughts has the day given you?</source>
        <translation>Vilka tankar har dagen gett dig?</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="89"/>
        <source>the next staff meeting</source>
        <translation>nästa personalmöte</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="90"/>
        <source>In brief</source>
        <translation>I korthet</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="90"/>
        <source>Held in the period</source>
        <translation>Hölls under perioden</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="90"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="91"/>
        <source>Learning visits</source>
        <translation>Lärandebesök</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="91"/>
        <source>Measures opened</source>
        <translation>Nya åtgärder</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="92"/>
        <source>Measures done</source>
        <translation>Klara åtgärder</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="92"/>
        <source>Measures still open</source>
        <translation>Åtgärder som fortfarande är öppna</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="93"/>
        <source>Took part</source>
        <translation>Deltog</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="93"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="94"/>
        <source>Planned and actual minutes per meeting</source>
        <translation>Planerade och faktiska minuter per möte</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="94"/>
        <source>minutes</source>
        <translation>minuter</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="95"/>
        <source>As a fly on the wall</source>
        <translation>Som en fluga på väggen</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="95"/>
        <source>As a kind of intern</source>
        <translation>Som en sorts praktikant</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="96"/>
        <source>Procedure</source>
        <translation>Rutin</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="96"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="96"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="97"/>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="97"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../ui/sheet_labels.py" line="97"/>
        <source>Dropped</source>
        <translatorcomment>review: unsure: status word for a measure that was dropped (not done and no longer pursued); &apos;Struken&apos; (alternative: &apos;Avbruten&apos;)</translatorcomment>
        <translation>Struken</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="42"/>
        <source>“%1” is not a time zone Runde knows: choose one from the list.</source>
        <translation>”%1” är inte en tidszon som Runde känner till: välj en i listan.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="43"/>
        <source>The date %1 is too far in the past or the future.</source>
        <translation>Datumet %1 ligger för långt bakåt eller framåt i tiden.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="44"/>
        <source>The series ends (%2) before it starts (%1).</source>
        <translation>Serien slutar (%2) innan den börjar (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="45"/>
        <source>A series can last at most %1 years.</source>
        <translation>En serie kan pågå i högst %1 år.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="46"/>
        <source>Choose a number from 1 to %1.</source>
        <translation>Välj ett tal från 1 till %1.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="47"/>
        <source>Choose a weekday.</source>
        <translation>Välj en veckodag.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="48"/>
        <source>Choose the 1st to the 5th, or the last weekday of the month.</source>
        <translation>Välj den 1:a till den 5:e, eller den sista veckodagen i månaden.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="49"/>
        <source>The meeting on %1 is outside the series&apos; start and end.</source>
        <translation>Mötet den %1 ligger utanför seriens början och slut.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="50"/>
        <source>These settings never give a meeting date: check the weekday, the start and the end.</source>
        <translation>De här inställningarna ger aldrig något mötesdatum: kontrollera veckodagen, början och slutet.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="52"/>
        <source>A meeting lasts from 1 to %1 minutes.</source>
        <translation>Ett möte varar från 1 till %1 minuter.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="53"/>
        <source>Someone on the list of people has no name.</source>
        <translation>Någon i listan över personer saknar namn.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="54"/>
        <source>%1 is on the list of people twice.</source>
        <translation>%1 finns två gånger i listan över personer.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="55"/>
        <source>%1 left before joining.</source>
        <translation>%1 lämnade serien innan hen gick med.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="56"/>
        <source>The meeting of %1 is changed twice.</source>
        <translation>Mötet den %1 är ändrat två gånger.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="57"/>
        <source>There is no meeting on %1 to move or cancel.</source>
        <translation>Det finns inget möte den %1 att flytta eller ställa in.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="58"/>
        <source>The meeting of %1 cannot move to %2: that is outside the series&apos; start and end.</source>
        <translation>Mötet den %1 kan inte flyttas till %2: det ligger utanför seriens början och slut.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="60"/>
        <source>The meeting of %1 cannot move to %2: the meeting of %3 is held that day. Move or cancel that one first.</source>
        <translation>Mötet den %1 kan inte flyttas till %2: mötet den %3 hålls den dagen. Flytta eller ställ in det först.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="62"/>
        <source>Choose another date or time for the meeting of %1.</source>
        <translation>Välj ett annat datum eller en annan tid för mötet den %1.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="63"/>
        <source>Only a mini-circle is extended or dissolved.</source>
        <translation>Bara en minicirkel kan förlängas eller lösas upp.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="64"/>
        <source>That series cannot be the parent circle.</source>
        <translation>Den serien kan inte vara överordnad cirkel.</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="65"/>
        <source>The stored series is damaged (%1): %2</source>
        <translation>Den sparade serien är skadad (%1): %2</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="78"/>
        <source>The team&apos;s own meetings</source>
        <translation>Teamets egna möten</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="78"/>
        <source>Learning circle</source>
        <translation>Lärandecirkel</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="79"/>
        <source>Mini-circle (a month, then extend or dissolve)</source>
        <translation>Minicirkel (en månad, sedan förlängs eller upplöses den)</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="80"/>
        <source>Challenge circle</source>
        <translatorcomment>review: glossary marks &apos;utmaningscirkel&apos; (?) for challenge circle</translatorcomment>
        <translation>Utmaningscirkel</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="85"/>
        <source>first</source>
        <translation>första</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="85"/>
        <source>second</source>
        <translation>andra</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="85"/>
        <source>third</source>
        <translation>tredje</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="85"/>
        <source>fourth</source>
        <translation>fjärde</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="85"/>
        <source>fifth</source>
        <translation>femte</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="86"/>
        <source>last</source>
        <translation>sista</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/series_texts.py" line="93"/>
        <source>every %n week(s) on %1</source>
        <translatorcomment>review: the source has %n but is not a plural message; worded so it reads right for any number (&apos;var %n:e vecka&apos;, for 1 too)</translatorcomment>
        <translation>
            <numerusform>varje %1</numerusform>
            <numerusform>var %n:e vecka, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/series_texts.py" line="96"/>
        <source>the %1 %2 of every %n month(s)</source>
        <translatorcomment>review: the source has %n but is not a plural message; worded so it reads right for any number (&apos;var %n:e månad&apos;, for 1 too)</translatorcomment>
        <translation>
            <numerusform>%1 %2 i varje månad</numerusform>
            <numerusform>%1 %2 i månaden, var %n:e månad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/series_texts.py" line="98"/>
        <source>%n date(s) chosen by hand</source>
        <translatorcomment>review: the source has %n but is not a plural message; worded so it reads right for any number</translatorcomment>
        <translation>
            <numerusform>%n datum valt för hand</numerusform>
            <numerusform>%n datum valda för hand</numerusform>
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
        <translation>%1 · inställt</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="108"/>
        <source>%1 · moved from %2</source>
        <translation>%1 · flyttat från %2</translation>
    </message>
    <message>
        <location filename="../../ui/series_texts.py" line="110"/>
        <source>%1 · another time</source>
        <translation>%1 · annan tid</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/series_texts.py" line="112"/>
        <source>%1 · %n taking part</source>
        <translation>
            <numerusform>%1 · %n deltar</numerusform>
            <numerusform>%1 · %n deltar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/series_banner.py" line="53"/>
        <source>Extend or dissolve the mini-circle?</source>
        <translation>Förlänga eller lösa upp minicirkeln?</translation>
    </message>
    <message>
        <location filename="../../ui/series_banner.py" line="54"/>
        <source>&amp;Extend by a month</source>
        <translation>&amp;Förläng med en månad</translation>
    </message>
    <message>
        <location filename="../../ui/series_banner.py" line="55"/>
        <source>&amp;Dissolve it</source>
        <translation>&amp;Lös upp den</translation>
    </message>
    <message>
        <location filename="../../ui/series_banner.py" line="56"/>
        <source>Not now</source>
        <translation>Inte nu</translation>
    </message>
    <message>
        <location filename="../../ui/series_banner.py" line="57"/>
        <source>ℹ The mini-circle “%1” has met for a month now (since %2). Would you like to extend it by a month, or dissolve it? Either is fine.</source>
        <translation>ℹ Minicirkeln ”%1” har nu träffats i en månad (sedan %2). Vill ni förlänga den med en månad eller lösa upp den? Båda går bra.</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="289"/>
        <source>Runde – meeting series</source>
        <translation>Runde – mötesserier</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="290"/>
        <source>Meeting series of %1</source>
        <translation>Mötesserier för %1</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="291"/>
        <source>Ser&amp;ies</source>
        <translation>S&amp;erier</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="292"/>
        <source>The team&apos;s meeting series</source>
        <translation>Teamets mötesserier</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="293"/>
        <source>Ne&amp;w series</source>
        <translation>&amp;Ny serie</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="294"/>
        <source>Delete the series…</source>
        <translation>Ta bort serien…</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="295"/>
        <source>Save as &amp;calendar file…</source>
        <translation>Spara som &amp;kalenderfil…</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="296"/>
        <source>An .ics file that Outlook and phone calendars import</source>
        <translation>En .ics-fil som Outlook och kalendrar i mobilen kan importera</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="297"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="298"/>
        <source>&amp;Rhythm</source>
        <translation>&amp;Rytm</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="299"/>
        <source>&amp;People</source>
        <translation>&amp;Personer</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="300"/>
        <source>Next &amp;meetings</source>
        <translation>Kommande &amp;möten</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="301"/>
        <source>ℹ This team has no meeting series yet. “New series” sets one up for the format chosen on the start screen.</source>
        <translation>ℹ Det här teamet har ingen mötesserie än. ”Ny serie” skapar en för den mötesform som är vald på startskärmen.</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="304"/>
        <source>&amp;Format</source>
        <translation>Mötes&amp;form</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="304"/>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="304"/>
        <source>&amp;Name (optional)</source>
        <translation>N&amp;amn (valfritt)</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="304"/>
        <source>&amp;How often</source>
        <translation>&amp;Hur ofta</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="304"/>
        <source>&amp;Starts</source>
        <translation>&amp;Börjar</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="305"/>
        <source>&amp;Ends</source>
        <translation>S&amp;lutar</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="305"/>
        <source>&amp;Time</source>
        <translation>T&amp;id</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="305"/>
        <source>&amp;Length</source>
        <translation>Län&amp;gd</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="305"/>
        <source>Time &amp;zone</source>
        <translation>Tids&amp;zon</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="312"/>
        <source>P&amp;arent circle</source>
        <translation>&amp;Överordnad cirkel</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="313"/>
        <source>A mini-circle&apos;s topic suggestions go to this learning circle</source>
        <translation>En minicirkels ämnesförslag går till den här lärandecirkeln</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="316"/>
        <source>Every few weeks on a weekday</source>
        <translation>Med några veckors mellanrum på en veckodag</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="317"/>
        <source>A weekday of the month (e.g. the 2nd Tuesday)</source>
        <translation>En veckodag i månaden (t.ex. andra tisdagen)</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="318"/>
        <source>Dates chosen by hand</source>
        <translation>Datum valda för hand</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="330"/>
        <source>every</source>
        <translatorcomment>review: inline labels around the number: reads &apos;med [2] veckors mellanrum, på [tisdag]&apos;</translatorcomment>
        <translation>med</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="331"/>
        <source>week(s), on</source>
        <translation>veckors mellanrum, på</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="332"/>
        <source>the</source>
        <translation>den</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="333"/>
        <source>of every</source>
        <translation>i månaden, med</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="334"/>
        <source>month(s)</source>
        <translatorcomment>review: inline labels: reads &apos;den [första] [tisdag] i månaden, med [2] månaders mellanrum&apos;</translatorcomment>
        <translation>månaders mellanrum</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="335"/>
        <source>Every how many weeks</source>
        <translation>Med hur många veckors mellanrum</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="336"/>
        <source>Every how many months</source>
        <translation>Med hur många månaders mellanrum</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="337"/>
        <location filename="../../ui/series_layout.py" line="338"/>
        <source>Weekday</source>
        <translation>Veckodag</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="339"/>
        <source>Which one in the month</source>
        <translation>Vilken i månaden</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="340"/>
        <source>The dates chosen by hand</source>
        <translation>De datum som valts för hand</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="341"/>
        <source>A date to add</source>
        <translation>Ett datum att lägga till</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="342"/>
        <source>Add the date</source>
        <translation>Lägg till datumet</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="343"/>
        <source>Remove the date</source>
        <translation>Ta bort datumet</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="344"/>
        <source>on</source>
        <translation>den</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="345"/>
        <source>The series has an end date</source>
        <translation>Serien har ett slutdatum</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="346"/>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="347"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="350"/>
        <source>Who belongs to the series, and since when. Someone who joins takes part from the first meeting after the day they joined. An empty list means the whole team.</source>
        <translation>Vilka som hör till serien, och sedan när. Den som går med deltar från det första mötet efter dagen hen gick med. En tom lista betyder hela teamet.</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="353"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="353"/>
        <location filename="../../ui/series_layout.py" line="374"/>
        <location filename="../../ui/series_view.py" line="135"/>
        <source>Joined on</source>
        <translation>Gick med</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="355"/>
        <source>People in the series and the day each joined</source>
        <translation>Personer i serien och dagen var och en gick med</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="356"/>
        <source>&amp;Add a person</source>
        <translation>L&amp;ägg till en person</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="357"/>
        <source>Remove the person</source>
        <translation>Ta bort personen</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="358"/>
        <source>Take the &amp;team&apos;s people</source>
        <translation>Ta me&amp;d hela teamet</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="359"/>
        <source>The next meetings of the series</source>
        <translation>Seriens kommande möten</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="360"/>
        <source>Move the chosen meeting to</source>
        <translation>Flytta det valda mötet till</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="361"/>
        <source>at</source>
        <translation>klockan</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="362"/>
        <source>New date</source>
        <translation>Nytt datum</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="363"/>
        <source>New time</source>
        <translation>Ny tid</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="364"/>
        <source>M&amp;ove</source>
        <translation>Fl&amp;ytta</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="365"/>
        <source>Cancel this meeting</source>
        <translation>Ställ in det här mötet</translation>
    </message>
    <message>
        <location filename="../../ui/series_layout.py" line="366"/>
        <source>Undo the move or cancellation</source>
        <translation>Ångra flytten eller inställningen</translation>
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
        <translation>Sparas inte förrän detta är rättat.</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="192"/>
        <location filename="../../ui/series_panel.py" line="282"/>
        <location filename="../../ui/series_panel.py" line="304"/>
        <location filename="../../ui/series_panel.py" line="374"/>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="199"/>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="166"/>
        <source>Meets %1, %2–%3.</source>
        <translation>Träffas %1, %2–%3.</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="170"/>
        <source>Dissolved on %1.</source>
        <translation>Upplöst den %1.</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="176"/>
        <source>ℹ This format is meant for at least %1 people.</source>
        <translation>ℹ Den här mötesformen är tänkt för minst %1 personer.</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="178"/>
        <source>ℹ This format is meant for at most %1 people.</source>
        <translation>ℹ Den här mötesformen är tänkt för högst %1 personer.</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="189"/>
        <source>No more meetings are planned.</source>
        <translation>Inga fler möten är planerade.</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="288"/>
        <source>A new series starting today. Change anything: it is saved at once.</source>
        <translation>En ny serie som börjar i dag. Ändra vad du vill: det sparas direkt.</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="296"/>
        <source>Delete the series?</source>
        <translation>Ta bort serien?</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="297"/>
        <source>Delete the series “%1”? Its past meetings stay in the history.</source>
        <translation>Ta bort serien ”%1”? Dess tidigare möten finns kvar i historiken.</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="308"/>
        <source>The series was deleted.</source>
        <translation>Serien togs bort.</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="343"/>
        <source>Nothing was changed.</source>
        <translation>Inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="377"/>
        <source>Extended by a month.</source>
        <translation>Förlängd med en månad.</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="378"/>
        <source>The mini-circle is dissolved; its meetings stay in the history.</source>
        <translation>Minicirkeln är upplöst; dess möten finns kvar i historiken.</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="386"/>
        <source>Nothing to save</source>
        <translation>Inget att spara</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="386"/>
        <source>This team has no meeting series yet.</source>
        <translation>Det här teamet har ingen mötesserie än.</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="389"/>
        <source>Save the calendar file</source>
        <translation>Spara kalenderfilen</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="390"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/series_panel.py" line="401"/>
        <source>The calendar was not saved</source>
        <translation>Kalendern sparades inte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/series_panel.py" line="403"/>
        <source>Saved %n meeting(s) in %1.</source>
        <translatorcomment>review: the source has %n but is not a plural message; worded so it reads right for any number</translatorcomment>
        <translation>
            <numerusform>Sparade %n möte i %1.</numerusform>
            <numerusform>Sparade %n möten i %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/series_hook.py" line="93"/>
        <source>ℹ No more meetings are planned in this team&apos;s series.</source>
        <translation>ℹ Inga fler möten är planerade i teamets serie.</translation>
    </message>
    <message>
        <location filename="../../ui/series_hook.py" line="109"/>
        <source>Today %1–%2: %3. Its format and the people who take part are chosen.</source>
        <translation>I dag %1–%2: %3. Mötesformen och deltagarna är redan valda.</translation>
    </message>
    <message>
        <location filename="../../ui/series_hook.py" line="118"/>
        <source>Next meeting: %1, %2–%3 (%4).</source>
        <translation>Nästa möte: %1, %2–%3 (%4).</translation>
    </message>
    <message>
        <location filename="../../ui/series_hook.py" line="122"/>
        <source>Then: %1.</source>
        <translation>Sedan: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/series_hook.py" line="164"/>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <location filename="../../ui/series_hook.py" line="191"/>
        <location filename="../../ui/series_hook.py" line="201"/>
        <source>Meeting series</source>
        <translation>Mötesserier</translation>
    </message>
    <message>
        <location filename="../../ui/series_hook.py" line="192"/>
        <source>Type or choose the team&apos;s name first: a series belongs to a team.</source>
        <translation>Skriv eller välj teamets namn först: en serie hör till ett team.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="19"/>
        <source>permission denied: the folder is read-only, or the file is open in another program</source>
        <translation>åtkomst nekad: mappen är skrivskyddad, eller filen är öppen i ett annat program</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="20"/>
        <source>the file is in use by another program</source>
        <translation>filen används av ett annat program</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="22"/>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="23"/>
        <source>the disk quota is used up</source>
        <translation>diskkvoten är slut</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="24"/>
        <source>the disk is read-only</source>
        <translation>disken är skrivskyddad</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="27"/>
        <source>that is a folder, not a file name</source>
        <translation>det är en mapp, inte ett filnamn</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="28"/>
        <source>the folder does not exist</source>
        <translation>mappen finns inte</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="29"/>
        <source>part of the path is a file, not a folder</source>
        <translation>en del av sökvägen är en fil, inte en mapp</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="30"/>
        <source>the file name is too long</source>
        <translation>filnamnet är för långt</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="31"/>
        <source>the file name is not allowed there</source>
        <translation>filnamnet är inte tillåtet där</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="32"/>
        <source>that is not an ordinary file (it is a device, a pipe or a socket)</source>
        <translation>det är inte en vanlig fil (det är en enhet, ett rör eller en socket)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="33"/>
        <source>the link points at itself (a loop of links)</source>
        <translation>länken pekar på sig själv (en slinga av länkar)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="34"/>
        <source>the disk is gone (unplugged?)</source>
        <translation>disken är borta (urkopplad?)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="35"/>
        <source>the disk could not be written (unplugged, or failing?)</source>
        <translation>det gick inte att skriva på disken (urkopplad, eller håller den på att gå sönder?)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="45"/>
        <source>is not UTF-8 text</source>
        <translation>är inte UTF-8-text</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="46"/>
        <source>is nested too deeply (more than %1 levels of { } and [ ])</source>
        <translation>är för djupt kapslad (mer än %1 nivåer av { } och [ ])</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="48"/>
        <source>has a key written twice in one object { … }</source>
        <translation>har en nyckel skriven två gånger i samma objekt { … }</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="49"/>
        <source>holds NaN or Infinity, which are not numbers</source>
        <translation>innehåller NaN eller Infinity, som inte är tal</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="50"/>
        <source>holds a control character or a lone surrogate, which no text may hold</source>
        <translation>innehåller ett kontrolltecken eller ett ensamt surrogat, som ingen text får innehålla</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="63"/>
        <source>is not a Runde team file (or is from a newer Runde)</source>
        <translation>är inte en Runde-teamfil (eller är från en nyare Runde)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="64"/>
        <source>is missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="64"/>
        <source>must be a text</source>
        <translation>måste vara en text</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="65"/>
        <source>must be a whole number</source>
        <translation>måste vara ett heltal</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="65"/>
        <source>must be a number</source>
        <translation>måste vara ett tal</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="66"/>
        <source>must be true or false</source>
        <translation>måste vara true eller false</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="66"/>
        <source>must be a list [ … ]</source>
        <translation>måste vara en lista [ … ]</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="67"/>
        <source>must be a group of fields in braces { … }</source>
        <translation>måste vara en grupp fält inom klammerparenteser { … }</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="68"/>
        <source>must be a date and time (ISO 8601, e.g. 2026-03-10T14:00:00+01:00)</source>
        <translation>måste vara ett datum och en tid (ISO 8601, t.ex. 2026-03-10T14:00:00+01:00)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="69"/>
        <source>must be a date (ISO 8601, e.g. 2026-03-10)</source>
        <translation>måste vara ett datum (ISO 8601, t.ex. 2026-03-10)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="70"/>
        <source>must be a time of day (e.g. 14:00)</source>
        <translation>måste vara en tid på dagen (t.ex. 14:00)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="71"/>
        <source>must be at most %1 letters, digits, “-” or “_”</source>
        <translation>får vara högst %1 bokstäver, siffror, “-” eller “_”</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="72"/>
        <source>is an id used twice</source>
        <translation>är ett id som används två gånger</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="73"/>
        <source>names a meeting series that is not in the file</source>
        <translation>anger en mötesserie som inte finns i filen</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="74"/>
        <source>is not a usable meeting series</source>
        <translation>är inte en användbar mötesserie</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="75"/>
        <source>conflicts with data already here</source>
        <translation>krockar med data som redan finns här</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="77"/>
        <source>is longer than %1 characters</source>
        <translation>är längre än %1 tecken</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="78"/>
        <source>has more than %1 entries</source>
        <translation>har fler än %1 poster</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="79"/>
        <source>holds more than %1 characters of text in all</source>
        <translation>innehåller sammanlagt mer än %1 tecken text</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="80"/>
        <source>is more than %1 turns in one step</source>
        <translation>är fler än %1 turer i ett steg</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="81"/>
        <source>must be between 0 and %1</source>
        <translation>måste vara mellan 0 och %1</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="82"/>
        <source>is not a usable format (%1)</source>
        <translation>är inte ett användbart format (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="95"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="103"/>
        <source>Runde&apos;s data is closed; nothing more is saved until Runde starts again.</source>
        <translation>Rundes data är stängda; inget mer sparas förrän Runde startas igen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="104"/>
        <source>The disk is full: nothing more can be saved until there is space again.</source>
        <translation>Disken är full: inget mer kan sparas förrän det finns utrymme igen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="105"/>
        <source>The data folder is read-only: Runde cannot save there.</source>
        <translation>Datamappen är skrivskyddad: Runde kan inte spara där.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="106"/>
        <source>Runde&apos;s database file %1 is read-only: history and sheets can be read, but nothing can be saved. Make the file writable (its properties or permissions, or ask the IT department) and start Runde again.</source>
        <translation>Rundes databasfil %1 är skrivskyddad: historik och sammanställningar kan läsas, men inget kan sparas. Gör filen skrivbar (under dess egenskaper eller behörigheter, eller fråga IT-avdelningen) och starta Runde igen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="110"/>
        <source>Runde&apos;s data folder %1 is read-only: history and sheets can be read and sheets saved elsewhere, but nothing can be saved there, so no meeting or learning visit can start. Ask the IT department to make the folder writable, make it writable yourself (its properties or permissions), or start Runde with --data-dir and a folder you can write.</source>
        <translation>Rundes datamapp %1 är skrivskyddad: historik och sammanställningar kan läsas och sammanställningar sparas någon annanstans, men inget kan sparas i mappen, så inget möte eller lärandebesök kan starta. Be IT-avdelningen göra mappen skrivbar, gör den skrivbar själv (under dess egenskaper eller behörigheter) eller starta Runde med --data-dir och en mapp du kan skriva i.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="114"/>
        <source>The database is busy (another program holds it); Runde will try again.</source>
        <translation>Databasen är upptagen (ett annat program använder den); Runde försöker igen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="115"/>
        <source>The database could not be written: %1</source>
        <translation>Det gick inte att skriva till databasen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="116"/>
        <source>%1 is not a good backup in %2; nothing was changed.</source>
        <translation>%1 är ingen giltig säkerhetskopia i %2; inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="117"/>
        <source>The backup %1 is damaged; nothing was changed.</source>
        <translation>Säkerhetskopian %1 är skadad; inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="118"/>
        <source>Runde could not open its data in %1 (%2). Nothing was moved or changed.</source>
        <translation>Runde kunde inte öppna sina data i %1 (%2). Inget har flyttats eller ändrats.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="130"/>
        <source>The database server %1 cannot be reached; edits are kept on this computer and written when it is back.</source>
        <translation>Det går inte att nå databasservern %1; ändringar finns kvar på den här datorn och skrivs till servern när den är tillbaka.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="134"/>
        <source>Runde could not set up a secure connection to the database server %1: the server&apos;s certificate or the connection&apos;s TLS settings do not fit. Nothing was changed. Ask the IT department to check them.</source>
        <translation>Runde kunde inte upprätta en säker anslutning till databasservern %1: serverns certifikat eller anslutningens TLS-inställningar stämmer inte. Inget ändrades. Be IT-avdelningen kontrollera dem.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="137"/>
        <source>A database server keeps its own backups; Runde restores only its own local data.</source>
        <translation>En databasserver har sina egna säkerhetskopior; Runde återställer bara sina egna lokala uppgifter.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="139"/>
        <source>The database server could not be opened: %1</source>
        <translation>Databasservern kunde inte öppnas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="140"/>
        <source>A database server is set up, but the server part of Runde is not installed on this computer. Install Runde with its server part (runde[server]), or empty the server in Settings to use this computer&apos;s own file.</source>
        <translation>En databasserver är vald, men Rundes serverdel är inte installerad på den här datorn. Installera Runde med serverdelen (runde[server]), eller töm fältet för databasservern under Inställningar för att använda datorns egen fil.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="144"/>
        <source>Another computer keeps changing the same items; Runde will try again.</source>
        <translation>En annan dator ändrar hela tiden samma saker; Runde försöker igen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="145"/>
        <source>This learning visit is no longer in the database (it was removed, perhaps on another computer). What was typed is kept in a file on this computer.</source>
        <translation>Det här lärandebesöket finns inte längre i databasen (det har tagits bort, kanske på en annan dator). Det som skrevs sparas i en fil på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="147"/>
        <source>The id “%1” is already used by a format of the team “%2”.</source>
        <translation>Id:t ”%1” används redan av ett format hos teamet ”%2”.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="180"/>
        <source>this is not a database server address (it looks like postgresql://user@server/runde)</source>
        <translation>det här är inte adressen till en databasserver (den ser ut som postgresql://användare@server/runde)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="182"/>
        <source>Runde works with PostgreSQL servers only, not “%1”</source>
        <translation>Runde fungerar bara med PostgreSQL-servrar, inte ”%1”</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="183"/>
        <source>the address names no database (…/runde at its end)</source>
        <translation>adressen anger ingen databas (…/runde i slutet)</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="184"/>
        <source>the file %1 cannot be read</source>
        <translation>filen %1 kan inte läsas</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="185"/>
        <source>the file %1 holds no address as text</source>
        <translation>filen %1 innehåller ingen adress som text</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="195"/>
        <source>The database server %1 cannot be reached. Nothing was changed; try again when the server is reachable.</source>
        <translation>Databasservern %1 kan inte nås. Inget ändrades; försök igen när servern går att nå.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="198"/>
        <source>The database is busy (another program holds it). Nothing was changed; try again in a moment.</source>
        <translation>Databasen är upptagen (ett annat program håller den). Inget ändrades; försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="201"/>
        <source>Another computer kept changing the same items. Nothing was changed; try again in a moment.</source>
        <translation>En annan dator fortsatte att ändra samma punkter. Inget ändrades; försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="212"/>
        <source>For the IT department: %1</source>
        <translation>För IT-avdelningen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/error_texts.py" line="213"/>
        <source>No secure connection to the database server</source>
        <translation>Ingen säker anslutning till databasservern</translation>
    </message>
    <message>
        <location filename="../../ui/cli/team.py" line="35"/>
        <source>Brought in &apos;%1&apos;.</source>
        <translation>Hämtade in &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/team.py" line="38"/>
        <source>Nothing was brought in: %1</source>
        <translation>Inget hämtades in: %1</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="124"/>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="131"/>
        <source>Something unexpected went wrong inside Runde. What was typed is saved every second, and the meeting goes on: you can keep working. If something does not work as it should, close Runde and start it again.</source>
        <translation>Något oväntat gick fel i Runde. Det som har skrivits sparas varje sekund, och mötet fortsätter: du kan arbeta vidare. Om något inte fungerar som det ska, stäng Runde och starta det igen.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="134"/>
        <source>A note of what went wrong (without names or notes) is in %1</source>
        <translation>En anteckning om vad som gick fel (utan namn eller anteckningar) finns i %1</translation>
    </message>
    <message>
        <location filename="../../ui/second_start.py" line="103"/>
        <source>Runde was started again: nothing new was started while this meeting is open.</source>
        <translation>Runde startades igen: inget nytt startades medan det här mötet är öppet.</translation>
    </message>
    <message>
        <location filename="../../ui/second_start.py" line="105"/>
        <source>Runde was started again: nothing new was started while this learning visit is open.</source>
        <translation>Runde startades igen: inget nytt startades medan det här lärandebesöket är öppet.</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="120"/>
        <source>Runde is already open; the learning visit was opened there.</source>
        <translation>Runde är redan öppet; lärandebesöket har öppnats där.</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="121"/>
        <source>Runde is already open; the meeting was opened there, ready to start.</source>
        <translation>Runde är redan öppet; mötet har öppnats där, redo att starta.</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="125"/>
        <source>Runde is already open; brought it to the front.</source>
        <translation>Runde är redan öppet och har tagits fram.</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="126"/>
        <source>A meeting is open in Runde; the new one was not started. Runde was brought to the front.</source>
        <translation>Ett möte är öppet i Runde; det nya startades inte. Runde har tagits fram.</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="128"/>
        <source>A learning visit is open in Runde; nothing new was started. Runde was brought to the front.</source>
        <translation>Ett lärandebesök är öppet i Runde; inget nytt startades. Runde har tagits fram.</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="130"/>
        <source>Runde is open and waits for an answer in one of its windows; nothing new was started. Runde was brought to the front.</source>
        <translation>Runde är öppet och väntar på ett svar i ett av sina fönster; inget nytt startades. Runde har tagits fram.</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="132"/>
        <source>Runde is still starting; nothing new was started. Try again in a moment.</source>
        <translation>Runde håller fortfarande på att starta; inget nytt startades. Försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="133"/>
        <source>Runde is open, but its data is read-only: nothing new can be started. Runde was brought to the front.</source>
        <translation>Runde är öppet, men dess data är skrivskyddade: inget nytt kan startas. Runde har tagits fram.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture_limits.py" line="74"/>
        <location filename="../../ui/capture_lists.py" line="210"/>
        <source>A meeting holds at most %n learning point(s).</source>
        <translation>
            <numerusform>Ett möte kan rymma högst %n lärdom.</numerusform>
            <numerusform>Ett möte kan rymma högst %n lärdomar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture_limits.py" line="75"/>
        <source>A meeting holds at most %n measure(s).</source>
        <translation>
            <numerusform>Ett möte kan rymma högst %n åtgärd.</numerusform>
            <numerusform>Ett möte kan rymma högst %n åtgärder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture_limits.py" line="84"/>
        <source>A meeting holds at most %n other question(s): this one is not added.</source>
        <translation>
            <numerusform>Ett möte kan rymma högst %n annan fråga: den här läggs inte till.</numerusform>
            <numerusform>Ett möte kan rymma högst %n andra frågor: den här läggs inte till.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture_limits.py" line="88"/>
        <source>A meeting holds at most %n suggestion(s): this one is not added.</source>
        <translation>
            <numerusform>Ett möte kan rymma högst %n förslag: det här läggs inte till.</numerusform>
            <numerusform>Ett möte kan rymma högst %n förslag: det här läggs inte till.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture_limits.py" line="92"/>
        <source>A meeting holds at most %n topic suggestion(s): the lines after them are not saved.</source>
        <translation>
            <numerusform>Ett möte kan rymma högst %n ämnesförslag: raderna efter det sparas inte.</numerusform>
            <numerusform>Ett möte kan rymma högst %n ämnesförslag: raderna efter dem sparas inte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture_lists.py" line="216"/>
        <source>%n learning point(s) so far; three is the usual aim.</source>
        <translation>
            <numerusform>%n lärdom hittills; tre är det vanliga målet.</numerusform>
            <numerusform>%n lärdomar hittills; tre är det vanliga målet.</numerusform>
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
            <numerusform>Ett lärandebesök kan rymma högst %n lärdom.</numerusform>
            <numerusform>Ett lärandebesök kan rymma högst %n lärdomar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/visit_limits.py" line="89"/>
        <source>A learning visit holds at most %n observation(s): this one is not added.</source>
        <translation>
            <numerusform>Ett lärandebesök kan rymma högst %n observation: den här läggs inte till.</numerusform>
            <numerusform>Ett lärandebesök kan rymma högst %n observationer: den här läggs inte till.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/visit_limits.py" line="94"/>
        <source>A learning visit holds at most %n ground rule(s): the lines after them are not saved.</source>
        <translation>
            <numerusform>Ett lärandebesök kan rymma högst %n spelregel: raderna efter den sparas inte.</numerusform>
            <numerusform>Ett lärandebesök kan rymma högst %n spelregler: raderna efter dem sparas inte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <location filename="../../ui/capture_panel.py" line="181"/>
        <source>The case</source>
        <translation>Fallet</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="182"/>
        <source>Short title</source>
        <translation>Kort rubrik</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="183"/>
        <source>Presented by</source>
        <translation>Presenteras av</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="195"/>
        <source>Learning questions asked</source>
        <translatorcomment>review: glossary marks &apos;lärandefrågor&apos; (?) for learning questions (alternative: &apos;reflektionsfrågor&apos;)</translatorcomment>
        <translation>Lärandefrågor som ställdes</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="201"/>
        <source>Another question that was asked (Enter adds it)</source>
        <translation>En annan fråga som ställdes (Enter lägger till den)</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="202"/>
        <source>What the questions taught the presenter</source>
        <translatorcomment>review: glossary marks &apos;fallpresentatör&apos; (?) for case presenter; used the neutral &apos;den som presenterar fallet&apos; as the glossary suggests</translatorcomment>
        <translation>Det frågorna lärde den som presenterade fallet</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="203"/>
        <source>The round: a line for the person speaking</source>
        <translation>Rundan: en rad för den som talar</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="205"/>
        <source>What they take with them (optional)</source>
        <translation>Det personen tar med sig (valfritt)</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="206"/>
        <source>Learning points</source>
        <translatorcomment>review: glossary marks &apos;lärdomar / lärpunkter&apos; (?) for learning points; used &apos;lärdom/lärdomar&apos;</translatorcomment>
        <translation>Lärdomar</translation>
    </message>
    <message>
        <location filename="../../ui/capture_lists.py" line="141"/>
        <location filename="../../ui/capture_lists.py" line="237"/>
        <location filename="../../ui/capture_panel.py" line="184"/>
        <location filename="../../ui/capture_panel.py" line="187"/>
        <location filename="../../ui/capture_panel.py" line="190"/>
        <location filename="../../ui/capture_panel.py" line="208"/>
        <source>Confidential</source>
        <translation>Konfidentiellt</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="209"/>
        <source>A learning point</source>
        <translatorcomment>review: glossary marks &apos;lärdomar / lärpunkter&apos; (?) for learning points; used &apos;lärdom/lärdomar&apos;</translatorcomment>
        <translation>En lärdom</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="210"/>
        <source>Learning point %1</source>
        <translatorcomment>review: glossary marks &apos;lärdomar / lärpunkter&apos; (?) for learning points; used &apos;lärdom/lärdomar&apos;</translatorcomment>
        <translation>Lärdom %1</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="211"/>
        <source>Add a learning point</source>
        <translatorcomment>review: glossary marks &apos;lärdomar / lärpunkter&apos; (?) for learning points; used &apos;lärdom/lärdomar&apos;</translatorcomment>
        <translation>Lägg till en lärdom</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="212"/>
        <source>Organisational measures</source>
        <translation>Organisatoriska åtgärder</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="213"/>
        <source>Add a measure</source>
        <translation>Lägg till en åtgärd</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="216"/>
        <source>Next time</source>
        <translation>Till nästa gång</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="217"/>
        <source>Feed-forward: suggestions for next time (private to the receiver)</source>
        <translation>Feedforward: förslag till nästa gång (bara för mottagaren)</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="179"/>
        <source>What we learned</source>
        <translation>Det vi lärde oss</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="114"/>
        <source>From last time</source>
        <translation>Från förra gången</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="117"/>
        <source>Focus chosen last time: %1</source>
        <translation>Fokus som valdes förra gången: %1</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="120"/>
        <source>Topic suggestions: %1</source>
        <translation>Ämnesförslag: %1</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="123"/>
        <source>Topic suggestions from the mini-circles: %1</source>
        <translation>Ämnesförslag från minicirklarna: %1</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="127"/>
        <source>done</source>
        <translation>klar</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="127"/>
        <source>still open</source>
        <translation>fortfarande öppen</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="128"/>
        <source>dropped</source>
        <translation>struken</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="131"/>
        <source>%1 (open for %2 days)</source>
        <translation>%1 (öppen i %2 dagar)</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="137"/>
        <source>Open measures from earlier meetings</source>
        <translation>Öppna åtgärder från tidigare möten</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="138"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="139"/>
        <source>Still open</source>
        <translation>Fortfarande öppen</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="140"/>
        <source>Dropped</source>
        <translation>Struken</translation>
    </message>
    <message>
        <location filename="../../ui/capture_last_time.py" line="141"/>
        <location filename="../../ui/capture_last_time.py" line="142"/>
        <source>What did you try since last time?</source>
        <translation>Vad har ni provat sedan förra gången?</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="185"/>
        <source>Left out of exports unless ticked in the export preview</source>
        <translation>Kommer inte med i exporter om det inte kryssas i i förhandsvisningen</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="192"/>
        <source>What was tried since last time is confidential</source>
        <translation>Det som har provats sedan förra gången är konfidentiellt</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="194"/>
        <source>Other questions that were asked</source>
        <translation>Andra frågor som ställdes</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="204"/>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="219"/>
        <source>A suggestion: choose from whom and to whom, then type it (Enter adds it)</source>
        <translation>Ett förslag: välj från vem och till vem och skriv sedan förslaget (Enter lägger till det)</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="220"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="221"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="222"/>
        <source>Focus area for the next meeting</source>
        <translation>Fokusområde till nästa möte</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="223"/>
        <source>Topic suggestions, one per line</source>
        <translation>Ämnesförslag, ett per rad</translation>
    </message>
    <message>
        <location filename="../../ui/capture_lists.py" line="139"/>
        <source>The measure, e.g. a new procedure</source>
        <translation>Åtgärden, t.ex. en ny rutin</translation>
    </message>
    <message>
        <location filename="../../ui/capture_lists.py" line="140"/>
        <source>Who follows it up</source>
        <translation>Vem som följer upp</translation>
    </message>
    <message>
        <location filename="../../ui/capture_lists.py" line="142"/>
        <source>Due date</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <location filename="../../ui/capture_lists.py" line="146"/>
        <source>Procedure</source>
        <translation>Rutin</translation>
    </message>
    <message>
        <location filename="../../ui/capture_lists.py" line="147"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../ui/capture_lists.py" line="148"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.py" line="247"/>
        <source>(nobody speaking)</source>
        <translation>(ingen talar)</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../../ui/console.py" line="256"/>
        <source>Runde – operator&apos;s console</source>
        <translation>Runde – styrpanel</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="258"/>
        <source>◀ Back</source>
        <translation>◀ Bakåt</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="258"/>
        <source>Previous speaker or step (Page Up)</source>
        <translation>Föregående talare eller steg (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="259"/>
        <source>Start / Pause</source>
        <translation>Starta / Pausa</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="259"/>
        <source>Start, pause or resume (Space)</source>
        <translation>Starta, pausa eller fortsätt (mellanslag)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="260"/>
        <source>Next ▶</source>
        <translation>Nästa ▶</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="260"/>
        <source>Next speaker or step (Page Down)</source>
        <translation>Nästa talare eller steg (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="261"/>
        <source>− 1 min</source>
        <translation>− 1 min</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="261"/>
        <source>One minute less (−)</source>
        <translation>En minut mindre (−)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="262"/>
        <source>+ 1 min</source>
        <translation>+ 1 min</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="262"/>
        <source>One minute more (+)</source>
        <translation>En minut till (+)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="263"/>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="263"/>
        <source>The speaker passes (P)</source>
        <translation>Talaren passar (P)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="264"/>
        <source>Black screen</source>
        <translation>Svart skärm</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="264"/>
        <source>Black screen and back (B)</source>
        <translation>Svart skärm och tillbaka (B)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="265"/>
        <source>Room view full screen</source>
        <translatorcomment>review: unsure: &apos;rumsvy&apos; for the room view (the wall screen or projector picture); &apos;storbild&apos; is an alternative</translatorcomment>
        <translation>Rumsvyn i helskärm</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="265"/>
        <source>Full screen (F5)</source>
        <translation>Helskärm (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="266"/>
        <source>Keys…</source>
        <translation>Tangenter…</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="266"/>
        <source>List the keys (F1)</source>
        <translation>Visa tangenterna (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="272"/>
        <source>Move room view to next screen</source>
        <translatorcomment>review: unsure: &apos;rumsvy&apos; for the room view (the wall screen or projector picture); &apos;storbild&apos; is an alternative</translatorcomment>
        <translation>Flytta rumsvyn till nästa skärm</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="273"/>
        <source>Finish meeting…</source>
        <translation>Avsluta mötet…</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="274"/>
        <source>Settings…</source>
        <translation>Inställningar…</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="275"/>
        <source>Agenda</source>
        <translation>Dagordning</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="276"/>
        <source>Agenda and round</source>
        <translation>Dagordning och runda</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="278"/>
        <location filename="../../ui/console.py" line="325"/>
        <source>What we learned</source>
        <translation>Det vi lärde oss</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="279"/>
        <location filename="../../ui/console.py" line="299"/>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="279"/>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="279"/>
        <source>Actual</source>
        <translation>Faktiskt</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="280"/>
        <source>The round</source>
        <translation>Rundan</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="281"/>
        <source>Absent / back</source>
        <translation>Frånvarande / tillbaka</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="282"/>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="283"/>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="284"/>
        <source>Name of someone who arrived late</source>
        <translation>Namn på någon som kom sent</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="285"/>
        <source>Late-comer&apos;s name</source>
        <translation>Namn på den som kom sent</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="286"/>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="287"/>
        <source>What the room sees</source>
        <translation>Det som visas för rummet</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="288"/>
        <source>Starts at</source>
        <translation>Börjar klockan</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="289"/>
        <source>e.g. 14:00</source>
        <translation>t.ex. 14:00</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="290"/>
        <source>Planned start time</source>
        <translation>Planerad starttid</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="292"/>
        <source>The room counts down to this time; the meeting still starts when you press Space</source>
        <translation>Rummet räknar ned till den här tiden; mötet börjar ändå först när du trycker på mellanslag</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="294"/>
        <source>Show the new plan…</source>
        <translation>Visa den nya planen…</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="295"/>
        <source>Show the plan that shortens what is left</source>
        <translation>Visa planen som kortar det som återstår</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="296"/>
        <location filename="../../ui/console.py" line="303"/>
        <source>Not now</source>
        <translation>Inte nu</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="297"/>
        <location filename="../../ui/console.py" line="304"/>
        <source>Not now: keep the plan as it is</source>
        <translation>Inte nu: behåll planen som den är</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="298"/>
        <source>A new plan for what is left</source>
        <translation>En ny plan för det som återstår</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="299"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="299"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="300"/>
        <source>New times for the steps to come</source>
        <translation>Nya tider för de steg som återstår</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="301"/>
        <location filename="../../ui/console.py" line="302"/>
        <source>Apply the new plan</source>
        <translation>Använd den nya planen</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="352"/>
        <source>Start</source>
        <translation>Starta</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="352"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="353"/>
        <source>Resume</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="353"/>
        <source>Finished</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="354"/>
        <source>Meeting time %1</source>
        <translation>Mötestid %1</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="377"/>
        <source>Type a time such as 14:00</source>
        <translation>Skriv en tid, till exempel 14:00</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="379"/>
        <source>The room counts down to it</source>
        <translation>Rummet räknar ned till den</translation>
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
        <translation>⚠ Beräknat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="399"/>
        <source>Projected: %1</source>
        <translation>Beräknat: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console.py" line="415"/>
        <source>%n min behind: shorten what is left so we end on time?</source>
        <translation>
            <numerusform>%n min efter: korta det som återstår så att vi slutar i tid?</numerusform>
            <numerusform>%n min efter: korta det som återstår så att vi slutar i tid?</numerusform>
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
            <numerusform>%1 (%n tur kvar)</numerusform>
            <numerusform>%1 (%n turer kvar)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="474"/>
        <source>The meeting is on time: nothing needs shortening.</source>
        <translation>Mötet ligger i tid: inget behöver kortas.</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="476"/>
        <source>The meeting still ends within its usual length: nothing needs shortening.</source>
        <translation>Mötet slutar fortfarande inom den vanliga tiden: inget behöver kortas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console.py" line="477"/>
        <source>Nothing left can be shortened: the meeting ends about %n min late.</source>
        <translation>
            <numerusform>Inget av det som återstår kan kortas: mötet slutar cirka %n min för sent.</numerusform>
            <numerusform>Inget av det som återstår kan kortas: mötet slutar cirka %n min för sent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="479"/>
        <source>Nothing that has started is cut short: the step or turn running now keeps its time.</source>
        <translation>Inget som har börjat kortas av: det steg eller den tur som pågår nu behåller sin tid.</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="480"/>
        <source>Now: %1. With this plan: %2.</source>
        <translation>Nu: %1. Med den här planen: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="485"/>
        <source>With this plan the meeting ends on time.</source>
        <translation>Med den här planen slutar mötet i tid.</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="486"/>
        <source>With this plan the meeting ends on time, at %1.</source>
        <translation>Med den här planen slutar mötet i tid, kl. %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console.py" line="488"/>
        <source>Even with every step at its shortest, the meeting ends about %n min late.</source>
        <translation>
            <numerusform>Även med varje steg så kort som möjligt slutar mötet cirka %n min för sent.</numerusform>
            <numerusform>Även med varje steg så kort som möjligt slutar mötet cirka %n min för sent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="511"/>
        <source>to come</source>
        <translation>väntar</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="511"/>
        <source>speaking now</source>
        <translation>talar nu</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="512"/>
        <source>has spoken</source>
        <translation>har talat</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="512"/>
        <source>passed</source>
        <translation>passade</translation>
    </message>
    <message>
        <location filename="../../ui/console.py" line="513"/>
        <source>absent</source>
        <translation>frånvarande</translation>
    </message>
</context>
<context>
    <name>EndPanel</name>
    <message>
        <location filename="../../ui/meeting_end.py" line="106"/>
        <source>The meeting has ended. What was captured:</source>
        <translation>Mötet är slut. Det här skrevs ner:</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="107"/>
        <source>Write the learning points</source>
        <translation>Skriv lärdomarna</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="108"/>
        <source>Add a measure</source>
        <translation>Lägg till en åtgärd</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="109"/>
        <source>Tick the questions asked</source>
        <translation>Markera frågorna som ställdes</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="110"/>
        <source>Make the sheet…</source>
        <translation>Gör sammanställningen…</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="111"/>
        <source>The sheet of this meeting: preview, then save, print or copy</source>
        <translation>Sammanställningen av mötet: titta på den först, spara, skriv ut eller kopiera den sedan</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="112"/>
        <source>New meeting</source>
        <translation>Nytt möte</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="113"/>
        <source>Close this meeting&apos;s windows and go to the start screen</source>
        <translation>Stäng mötets fönster och gå till startskärmen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meeting_end.py" line="126"/>
        <source>%n learning point(s)</source>
        <translation>
            <numerusform>%n lärdom</numerusform>
            <numerusform>%n lärdomar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="127"/>
        <source>No learning points yet</source>
        <translation>Inga lärdomar än</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meeting_end.py" line="128"/>
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n åtgärd</numerusform>
            <numerusform>%n åtgärder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="129"/>
        <source>No measures yet</source>
        <translation>Inga åtgärder än</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="131"/>
        <source>%1 of %2 learning questions ticked</source>
        <translation>%1 av %2 lärandefrågor markerade</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="133"/>
        <source>No learning questions ticked yet</source>
        <translation>Inga lärandefrågor markerade än</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meeting_end.py" line="146"/>
        <source>%n line(s) from the round</source>
        <translation>
            <numerusform>%n rad från rundan</numerusform>
            <numerusform>%n rader från rundan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="147"/>
        <source>No lines from the round</source>
        <translation>Inga rader från rundan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meeting_end.py" line="149"/>
        <source>%n passed</source>
        <translation>
            <numerusform>%n passade</numerusform>
            <numerusform>%n passade</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="68"/>
        <source>Export preview</source>
        <translation>Förhandsvisning av export</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="77"/>
        <source>What the sheet will contain</source>
        <translation>Det här kommer sammanställningen att innehålla</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="79"/>
        <source>Confidential items, ticked ones are included</source>
        <translation>Konfidentiella uppgifter, de markerade tas med</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="81"/>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="81"/>
        <source>Learning point</source>
        <translatorcomment>review: glossary marks &apos;lärdomar / lärpunkter&apos; (?) for learning points; used &apos;lärdom/lärdomar&apos;</translatorcomment>
        <translation>Lärdom</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="82"/>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="82"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="84"/>
        <source>Own question</source>
        <translation>Egen fråga</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="92"/>
        <source>Show names as initials</source>
        <translation>Visa namn som initialer</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="93"/>
        <source>Add a page with planned and actual times</source>
        <translation>Lägg till en sida med planerade och faktiska tider</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="99"/>
        <source>File format</source>
        <translation>Filformat</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="100"/>
        <source>PDF (to print)</source>
        <translation>PDF (för utskrift)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="101"/>
        <source>Markdown (text)</source>
        <translation>Markdown (text)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="102"/>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (kalkylblad)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="103"/>
        <source>Document (.odt, to edit in Word or LibreOffice)</source>
        <translation>Dokument (.odt, för redigering i Word eller LibreOffice)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="108"/>
        <source>Save…</source>
        <translation>Spara…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="109"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="110"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="111"/>
        <source>Copy the sheet with its headings and lists, to paste into the minutes (Word, Outlook)</source>
        <translation>Kopiera sammanställningen med rubriker och listor för att klistra in den i protokollet (Word, Outlook)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="118"/>
        <source>Left out unless you tick them (confidential, or private observations):</source>
        <translation>Utelämnas om du inte markerar dem (konfidentiellt eller privata observationer):</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="156"/>
        <source>⚠ These characters cannot be printed in the PDF and will be missing: %1</source>
        <translation>⚠ De här tecknen kan inte skrivas ut i PDF-filen och kommer att saknas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="159"/>
        <source>⚠ Right-to-left text (%1) is printed in the PDF in left-to-right order, its letters not joined.</source>
        <translation>⚠ Text som läses från höger till vänster (%1) skrivs i PDF:en ut från vänster till höger, och bokstäverna binds inte ihop.</translation>
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
        <translation>Spara sammanställningen</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="191"/>
        <source>Writing the sheet…</source>
        <translation>Skriver sammanställningen…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="193"/>
        <source>The sheet was not saved</source>
        <translation>Sammanställningen sparades inte</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="196"/>
        <source>Saved: %1</source>
        <translation>Sparat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="209"/>
        <source>Copied: paste it into the minutes.</source>
        <translation>Kopierat: klistra in det i protokollet.</translation>
    </message>
</context>
<context>
    <name>FormatEditor</name>
    <message>
        <location filename="../../ui/format_editor_view.py" line="200"/>
        <source>Runde – formats</source>
        <translation>Runde – mötesformer</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="201"/>
        <source>F&amp;ormat</source>
        <translation>Mötesf&amp;orm</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="202"/>
        <source>Format to edit</source>
        <translation>Mötesform att redigera</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="203"/>
        <source>Make a &amp;copy to change</source>
        <translation>Gör en &amp;kopia att ändra</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="204"/>
        <source>Open a &amp;file…</source>
        <translation>Öppna en &amp;fil…</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="205"/>
        <source>Save as fi&amp;le…</source>
        <translation>Spara so&amp;m fil…</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="206"/>
        <source>Bring in a format file someone shared</source>
        <translation>Hämta in en fil med en mötesform som någon har delat</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="207"/>
        <source>Write this format to a file to share it</source>
        <translation>Skriv mötesformen till en fil för att dela den</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="208"/>
        <source>Remove this format…</source>
        <translation>Ta bort den här mötesformen…</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="209"/>
        <source>Remove your own or your team&apos;s format (built-in and organisation formats stay)</source>
        <translation>Ta bort din egen eller ditt teams mötesform (inbyggda mötesformer och organisationens mötesformer finns kvar)</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="211"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="212"/>
        <source>Title of the format</source>
        <translation>Mötesformens titel</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="213"/>
        <source>&amp;Steps</source>
        <translation>&amp;Steg</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="214"/>
        <source>Steps of the format</source>
        <translation>Mötesformens steg</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="215"/>
        <source>&amp;Add a step</source>
        <translation>&amp;Lägg till ett steg</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="216"/>
        <source>&amp;Remove the step</source>
        <translation>Ta &amp;bort steget</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="217"/>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="218"/>
        <source>Move do&amp;wn</source>
        <translation>Flytta ne&amp;d</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="219"/>
        <source>The chosen step</source>
        <translation>Det valda steget</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="220"/>
        <source>Step titl&amp;e</source>
        <translation>Stegets tit&amp;el</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="221"/>
        <source>&amp;Kind</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="222"/>
        <location filename="../../ui/format_editor_view.py" line="276"/>
        <source>&amp;Duration</source>
        <translation>&amp;Varaktighet</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="223"/>
        <source>War&amp;ning</source>
        <translation>Va&amp;rning</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="224"/>
        <source>Time &amp;per turn</source>
        <translation>Tid &amp;per tur</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="225"/>
        <source>Turn warnin&amp;g</source>
        <translation>Varnin&amp;g per tur</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="226"/>
        <source>&amp;Instruction</source>
        <translation>&amp;Instruktion</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="227"/>
        <source>Pro&amp;mpt questions</source>
        <translation>St&amp;ödfrågor</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="230"/>
        <source>Step title</source>
        <translation>Stegets titel</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="231"/>
        <source>Kind of step</source>
        <translation>Typ av steg</translation>
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
        <translation>Varaktighet</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="235"/>
        <source>Warning before the end</source>
        <translation>Varning före slutet</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="236"/>
        <source>Time per turn</source>
        <translation>Tid per tur</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="237"/>
        <source>Warning before the end of a turn</source>
        <translation>Varning före slutet av en tur</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="238"/>
        <source>Instruction</source>
        <translation>Instruktion</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="240"/>
        <source>What the room reads during this step (optional)</source>
        <translation>Det som visas för rummet under det här steget (valfritt)</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="241"/>
        <source>Prompt questions, one a line</source>
        <translation>Stödfrågor, en per rad</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="242"/>
        <source>F2 or double-click changes a question</source>
        <translation>F2 eller dubbelklick ändrar en fråga</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="243"/>
        <source>Add a &amp;question</source>
        <translation>&amp;Ny fråga</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="244"/>
        <source>Remo&amp;ve the question</source>
        <translation>Ta bort fr&amp;ågan</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="245"/>
        <source>Num&amp;ber of people</source>
        <translation>&amp;Antal personer</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="246"/>
        <source>Number of people for the planned total</source>
        <translation>Antal personer för den planerade totaltiden</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="247"/>
        <source>Planned total</source>
        <translation>Planerad totaltid</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="248"/>
        <source>Save (Ctrl+S)</source>
        <translation>Spara (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="254"/>
        <source>Timed: one countdown</source>
        <translation>Tidsatt: en nedräkning</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="255"/>
        <source>Round: a turn for each person</source>
        <translation>Runda: en tur för varje person</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="256"/>
        <source>Open: the clock counts up</source>
        <translation>Öppen: klockan räknar uppåt</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="133"/>
        <source>team “%1”</source>
        <translation>teamet ”%1”</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="134"/>
        <source>built-in</source>
        <translation>inbyggd</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="134"/>
        <source>your organisation&apos;s</source>
        <translation>organisationens</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="135"/>
        <source>your own</source>
        <translation>egen</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="135"/>
        <source>a team&apos;s own</source>
        <translation>ett teams egen</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="136"/>
        <source>not saved yet</source>
        <translation>inte sparad än</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="209"/>
        <source>There are no formats yet: open a file to bring one in.</source>
        <translation>Det finns inga mötesformer än: öppna en fil för att hämta in en.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="212"/>
        <source>A copy for the team “%2”, not saved yet. Save keeps it with the team&apos;s data and makes it available at once, as “%1”.</source>
        <translation>En kopia för teamet ”%2”, inte sparad än. När du sparar sparas den med teamets uppgifter och blir tillgänglig direkt, som ”%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="215"/>
        <source>A copy, not saved yet. Save makes it available at once, as “%1”.</source>
        <translation>En kopia, inte sparad än. När du sparar blir den tillgänglig direkt, som ”%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="217"/>
        <source>A format of the team “%2” (“%1”): changes are saved with the team&apos;s data and travel in the team&apos;s file.</source>
        <translation>En mötesform från teamet ”%2” (”%1”): ändringar sparas med teamets uppgifter och följer med i teamets fil.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="220"/>
        <source>This file in your folder has the id of a built-in format (“%1”). Make a copy to change it.</source>
        <translation>Den här filen i din mapp har samma id som en inbyggd mötesform (”%1”). Gör en kopia för att ändra den.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="223"/>
        <source>Your own format (“%1”): changes are saved in your formats folder.</source>
        <translation>Din egen mötesform (”%1”): ändringar sparas i din mapp för mötesformer.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="225"/>
        <source>Your organisation&apos;s format (“%1”) is not changed here: make a copy to change it.</source>
        <translation>Organisationens mötesform (”%1”) ändras inte här: gör en kopia för att ändra den.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="227"/>
        <source>A built-in format (“%1”) is never changed: make a copy to change it.</source>
        <translation>En inbyggd mötesform (”%1”) ändras aldrig: gör en kopia för att ändra den.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="252"/>
        <source>(our version)</source>
        <translation>(vår version)</translation>
    </message>
    <message>
        <location filename="../../ui/format_steps.py" line="72"/>
        <source>%1 a turn</source>
        <translation>%1 per tur</translation>
    </message>
    <message>
        <location filename="../../ui/format_steps.py" line="74"/>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="275"/>
        <source>Planned &amp;time</source>
        <translation>Planerad l&amp;ängd</translation>
    </message>
    <message>
        <location filename="../../ui/format_steps.py" line="156"/>
        <source>New step</source>
        <translation>Nytt steg</translation>
    </message>
    <message>
        <location filename="../../ui/format_steps.py" line="206"/>
        <source>New question</source>
        <translation>Ny fråga</translation>
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
            <numerusform>Planerat: %1 med %n person</numerusform>
            <numerusform>Planerat: %1 med %n personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/format_editor.py" line="273"/>
        <source>⚠ Planned: %1 with %n people, longer than the meeting&apos;s usual %2</source>
        <translation>
            <numerusform>⚠ Planerat: %1 med %n person, längre än mötets vanliga %2</numerusform>
            <numerusform>⚠ Planerat: %1 med %n personer, längre än mötets vanliga %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/format_editor.py" line="275"/>
        <source>Planned: %1 with %n people (the meeting&apos;s usual length is %2)</source>
        <translation>
            <numerusform>Planerat: %1 med %n person (mötets vanliga längd är %2)</numerusform>
            <numerusform>Planerat: %1 med %n personer (mötets vanliga längd är %2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="330"/>
        <source>Saved: “%1” is available at once on the start screen.</source>
        <translation>Sparat: ”%1” finns direkt på startskärmen.</translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="77"/>
        <source>the folder is read-only</source>
        <translation>mappen är skrivskyddad</translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="79"/>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="82"/>
        <source>The format was not saved: Runde cannot write in %1 (%2). Nothing was changed. “Save as file…” can keep it somewhere else.</source>
        <translation>Mötesformen sparades inte: Runde kan inte skriva i %1 (%2). Inget ändrades. Med ”Spara som fil…” kan du spara den någon annanstans.</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="30"/>
        <source>must not be empty</source>
        <translation>får inte vara tom</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="31"/>
        <source>is longer than the step itself</source>
        <translation>är längre än själva steget</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="32"/>
        <source>is longer than the turn itself</source>
        <translation>är längre än själva turen</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="33"/>
        <source>is the id of a built-in format, which is never replaced: make a copy</source>
        <translation>är id för en inbyggd mötesform, som aldrig ersätts: gör en kopia</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="39"/>
        <source>must be a group of fields in braces { … }</source>
        <translation>måste vara en grupp fält inom klammerparenteser { … }</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="40"/>
        <source>is missing (every text needs English)</source>
        <translation>saknas (varje text behöver en engelsk version)</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="42"/>
        <source>must be 1 to 64 letters a–z, digits, “-” or “_”</source>
        <translation>måste vara 1 till 64 bokstäver a–z, siffror, ”-” eller ”_”</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="44"/>
        <source>is missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="45"/>
        <source>must be a list [ … ]</source>
        <translation>måste vara en lista [ … ]</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="46"/>
        <source>must be a list with at least one step</source>
        <translation>måste vara en lista med minst ett steg</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="48"/>
        <source>the smallest number is larger than the largest</source>
        <translation>det minsta antalet är större än det största</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="49"/>
        <source>only a round&apos;s turns have parts</source>
        <translation>bara en rundas taltider kan ha delar</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="50"/>
        <source>needs a title and a length (duration_s)</source>
        <translation>måste ha en titel och en längd (duration_s)</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="51"/>
        <source>is not UTF-8 text</source>
        <translation>är inte UTF-8-text</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="52"/>
        <source>must be empty or a web address that starts with https:// or http://</source>
        <translation>måste vara tom eller en webbadress som börjar med https:// eller http://</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="54"/>
        <source>must be a language code of 2 or 3 letters, such as “da” or “nb”</source>
        <translation>måste vara en språkkod på 2 eller 3 bokstäver, till exempel ”da” eller ”nb”</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="56"/>
        <source>your formats folder is the folder of the built-in formats</source>
        <translation>din mapp för mötesformer är mappen med de inbyggda mötesformerna</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="63"/>
        <source>must be between %1 and %2, not %3</source>
        <translation>måste vara mellan %1 och %2, inte %3</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="66"/>
        <source>is longer than %1 characters</source>
        <translation>är längre än %1 tecken</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="67"/>
        <source>has %1 steps; at most %2 are allowed</source>
        <translation>har %1 steg; högst %2 är tillåtna</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="68"/>
        <source>is not a known field (these are: %1)</source>
        <translation>är inte ett känt fält (de kända är: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="69"/>
        <source>must be a whole number, not %1</source>
        <translation>måste vara ett heltal, inte %1</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="70"/>
        <source>must be true or false, not %1</source>
        <translation>måste vara true eller false, inte %1</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="71"/>
        <source>has %1 parts (at most %2)</source>
        <translation>har %1 delar (högst %2)</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="72"/>
        <source>must be one of %1, not %2</source>
        <translation>måste vara en av %1, inte %2</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="73"/>
        <source>is not a known kind of note: %1</source>
        <translation>är inte en känd sorts anteckning: %1</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="74"/>
        <source>%1 is used twice</source>
        <translation>%1 används två gånger</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="75"/>
        <source>is larger than %1 MB</source>
        <translation>är större än %1 MB</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="76"/>
        <source>cannot be read (%1)</source>
        <translation>kan inte läsas (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="77"/>
        <source>is not valid JSON (%1)</source>
        <translation>är inte giltig JSON (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/format_errors.py" line="91"/>
        <source>line %1, column %2</source>
        <translation>rad %1, kolumn %2</translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="89"/>
        <source>The format was not saved with the team&apos;s data: %1 Nothing was changed. “Save as file…” can keep it somewhere else.</source>
        <translation>Mötesformen sparades inte med teamets uppgifter: %1 Inget ändrades. Med ”Spara som fil…” kan du spara den någon annanstans.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="294"/>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="294"/>
        <source>kind</source>
        <translation>typ</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="295"/>
        <source>duration</source>
        <translation>varaktighet</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="296"/>
        <source>warning</source>
        <translation>varning</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="297"/>
        <source>time per turn</source>
        <translation>tid per tur</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="298"/>
        <source>turn warning</source>
        <translation>varning per tur</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="299"/>
        <source>instruction</source>
        <translation>instruktion</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor_view.py" line="300"/>
        <source>prompt questions</source>
        <translation>stödfrågor</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="344"/>
        <source>Step %1 (“%2”), %3</source>
        <translation>Steg %1 (”%2”), %3</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="350"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="352"/>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="354"/>
        <source>The format</source>
        <translation>Mötesformen</translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="31"/>
        <source>Save the format as a file</source>
        <translation>Spara mötesformen som en fil</translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="32"/>
        <location filename="../../ui/format_files.py" line="39"/>
        <source>Runde formats (*.json)</source>
        <translation>Mötesformer för Runde (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="372"/>
        <source>The file was not saved: %1</source>
        <translation>Filen sparades inte: %1</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="375"/>
        <source>Saved as %1: others bring it in with “Open a file…”.</source>
        <translation>Sparad som %1: andra hämtar in den med ”Öppna en fil…”.</translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="38"/>
        <source>Open a format file</source>
        <translation>Öppna en fil med en mötesform</translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="70"/>
        <source>It has the id of a built-in format, so it came in as “%1”; the built-in format stays as it is.</source>
        <translation>Den har samma id som en inbyggd mötesform, så den hämtades in som ”%1”; den inbyggda mötesformen förblir som den är.</translation>
    </message>
    <message>
        <location filename="../../ui/format_files.py" line="63"/>
        <source>This file cannot be used: %1</source>
        <translation>Den här filen kan inte användas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="393"/>
        <source>The file could not be brought in: %1</source>
        <translation>Filen kunde inte hämtas in: %1</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="401"/>
        <source>Brought in: “%1”.</source>
        <translation>Hämtad: ”%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="441"/>
        <source>The format was not removed: %1</source>
        <translation>Mötesformen togs inte bort: %1</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="447"/>
        <source>Removed: “%1”. Past meetings keep its name.</source>
        <translation>Borttagen: ”%1”. Tidigare möten behåller namnet.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="454"/>
        <source>Remove “%1”? Past meetings keep its name.</source>
        <translation>Ta bort ”%1”? Tidigare möten behåller namnet.</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="456"/>
        <source>These meeting series use it and need another format: %1</source>
        <translation>De här mötesserierna använder den och behöver en annan mötesform: %1</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="458"/>
        <source>Remove the format?</source>
        <translation>Ta bort mötesformen?</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="464"/>
        <source>Changes not saved</source>
        <translation>Ändringarna är inte sparade</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="464"/>
        <source>Save the changes to this format first?</source>
        <translation>Spara ändringarna i den här mötesformen först?</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="478"/>
        <source>Replace your format?</source>
        <translation>Ersätta din mötesform?</translation>
    </message>
    <message>
        <location filename="../../ui/format_editor.py" line="479"/>
        <source>You have a format with the same id, “%1”. Replace it with the one in the file?</source>
        <translation>Du har en mötesform med samma id, ”%1”. Ersätta den med den i filen?</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../ui/help_overlay.py" line="19"/>
        <source>Keyboard help</source>
        <translation>Tangentbordshjälp</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="82"/>
        <source>Keys (a presentation clicker works too)</source>
        <translation>Tangenter (en fjärrkontroll för presentationer fungerar också)</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="90"/>
        <source>Press any key to close.</source>
        <translation>Tryck på valfri tangent för att stänga.</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../ui/history.py" line="207"/>
        <source>Runde – history and sheets</source>
        <translation>Runde – historik och sammanställningar</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="208"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="209"/>
        <source>Search all learning points and measures…</source>
        <translatorcomment>review: glossary marks &apos;lärdomar / lärpunkter&apos; (?) for learning points; used &apos;lärdom/lärdomar&apos;</translatorcomment>
        <translation>Sök i alla lärdomar och åtgärder…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="210"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="212"/>
        <source>Past meetings</source>
        <translation>Tidigare möten</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="213"/>
        <location filename="../../ui/history.py" line="217"/>
        <source>Learning visits</source>
        <translatorcomment>review: glossary marks &apos;lärandebesök&apos; (?) for learning visit</translatorcomment>
        <translation>Lärandebesök</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="218"/>
        <source>Sheet of this learning visit…</source>
        <translatorcomment>review: glossary marks &apos;lärandebesök&apos; (?) for learning visit</translatorcomment>
        <translation>Sammanställning av lärandebesöket…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="220"/>
        <source>Mark the measure done</source>
        <translation>Markera åtgärden som klar</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="221"/>
        <source>Sheet of this meeting…</source>
        <translation>Sammanställning av mötet…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="222"/>
        <source>Sheet for the staff meeting…</source>
        <translation>Sammanställning till personalmötet…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="223"/>
        <source>Restore a backup…</source>
        <translation>Återställ en säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="224"/>
        <source>Save the team&apos;s data…</source>
        <translation>Spara teamets uppgifter…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="225"/>
        <source>Bring in a team&apos;s data…</source>
        <translation>Hämta in ett teams uppgifter…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="226"/>
        <source>Remove a person everywhere…</source>
        <translation>Ta bort en person överallt…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="215"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="211"/>
        <source>Search results</source>
        <translation>Sökresultat</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="214"/>
        <location filename="../../ui/history.py" line="216"/>
        <source>Measures still open</source>
        <translation>Åtgärder som fortfarande är öppna</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="219"/>
        <source>Open this learning visit</source>
        <translatorcomment>review: glossary marks &apos;lärandebesök&apos; (?) for learning visit</translatorcomment>
        <translation>Öppna det här lärandebesöket</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="284"/>
        <source>All teams</source>
        <translation>Alla team</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="292"/>
        <source>%n learning point(s)</source>
        <translatorcomment>review: glossary marks &apos;lärdomar / lärpunkter&apos; (?) for learning points; used &apos;lärdom/lärdomar&apos;</translatorcomment>
        <translation>
            <numerusform>%n lärdom</numerusform>
            <numerusform>%n lärdomar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="298"/>
        <source>open for %n day(s)</source>
        <translation>
            <numerusform>pågått i %n dag</numerusform>
            <numerusform>pågått i %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="316"/>
        <source>The server cannot be reached; showing what was read before.</source>
        <translation>Servern kan inte nås; det som lästes tidigare visas.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="324"/>
        <source>The server cannot be reached; nothing was changed. Try again when it is back.</source>
        <translation>Servern kan inte nås; inget ändrades. Försök igen när den är tillbaka.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="340"/>
        <source>Learning point</source>
        <translatorcomment>review: glossary marks &apos;lärdomar / lärpunkter&apos; (?) for learning points; used &apos;lärdom/lärdomar&apos;</translatorcomment>
        <translation>Lärdom</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="340"/>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="367"/>
        <source>The sheet was saved, but the server cannot be reached to note it: the next staff sheet starts where this one did.</source>
        <translation>Sammanställningen sparades, men servern kan inte nås för att notera den: nästa sammanställning för personalmötet börjar där denna gjorde.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="378"/>
        <source>The server cannot be reached, so the sheet cannot be made now. Try again when it is back.</source>
        <translation>Servern kan inte nås, så sammanställningen kan inte göras nu. Försök igen när den är tillbaka.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="411"/>
        <source>Gathering the meetings for the staff sheet…</source>
        <translation>Samlar mötena till sammanställningen till personalmötet…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="425"/>
        <location filename="../../ui/history.py" line="430"/>
        <location filename="../../ui/history.py" line="435"/>
        <source>Save the team&apos;s data</source>
        <translation>Spara teamets uppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="425"/>
        <source>Choose a team first.</source>
        <translation>Välj ett team först.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="441"/>
        <source>Saving the team&apos;s data…</source>
        <translation>Sparar arbetslagets data…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="449"/>
        <source>The server cannot be reached, so the team&apos;s data cannot be read now. Nothing was saved; try again when it is back.</source>
        <translation>Servern kan inte nås, så teamets data kan inte läsas nu. Inget sparades; försök igen när den är tillbaka.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="453"/>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="460"/>
        <source>Bring in a team&apos;s data</source>
        <translation>Hämta in ett teams uppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="461"/>
        <source>Runde team files (*.json)</source>
        <translation>Runde-teamfiler (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="469"/>
        <source>Bringing in the team&apos;s data…</source>
        <translation>Hämtar in arbetslagets data…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="472"/>
        <location filename="../../ui/history.py" line="477"/>
        <source>Nothing was brought in</source>
        <translation>Inget hämtades in</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="473"/>
        <source>The server cannot be reached; nothing was brought in. Try again when it is back.</source>
        <translation>Servern kan inte nås; inget hämtades in. Försök igen när den är tillbaka.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="478"/>
        <source>The file could not be used: %1</source>
        <translation>Filen kunde inte användas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="492"/>
        <location filename="../../ui/history.py" line="527"/>
        <source>Remove a person everywhere</source>
        <translation>Ta bort en person överallt</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="494"/>
        <source>The name, exactly as written. It is replaced by a dash in every meeting, measure and round, and removed from the teams. This cannot be undone.</source>
        <translation>Namnet, exakt som det är skrivet. Det ersätts med ett streck i alla möten, åtgärder och rundor och tas bort från teamen. Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="496"/>
        <source>The backups and the notes kept on this computer are rewritten without the name too. Names typed inside free text (notes, reflections, observations) are not changed.</source>
        <translation>Säkerhetskopiorna och anteckningarna som sparas på den här datorn skrivs också om utan namnet. Namn som har skrivits i fritext (anteckningar, reflektioner, observationer) ändras inte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="512"/>
        <source>The name was replaced in %n record(s),</source>
        <translation>
            <numerusform>Namnet ersattes i %n post,</numerusform>
            <numerusform>Namnet ersattes i %n poster,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="513"/>
        <source>%n note file(s) kept on this computer</source>
        <translation>
            <numerusform>%n anteckningsfil på den här datorn</numerusform>
            <numerusform>%n anteckningsfiler på den här datorn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="514"/>
        <source>and %n backup(s).</source>
        <translation>
            <numerusform>och %n säkerhetskopia.</numerusform>
            <numerusform>och %n säkerhetskopior.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="515"/>
        <source>%n copy(ies) that could not be changed were removed.</source>
        <translation>
            <numerusform>%n kopia som inte kunde ändras togs bort.</numerusform>
            <numerusform>%n kopior som inte kunde ändras togs bort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="516"/>
        <source>%n copy(ies) could not be changed and still hold the name.</source>
        <translation>
            <numerusform>%n kopia kunde inte ändras och innehåller fortfarande namnet.</numerusform>
            <numerusform>%n kopior kunde inte ändras och innehåller fortfarande namnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/history.py" line="528"/>
        <source>%n older copy(ies) of the data could not be changed and still hold the name. Delete them?</source>
        <translation>
            <numerusform>%n äldre kopia av datan kunde inte ändras och innehåller fortfarande namnet. Vill du radera den?</numerusform>
            <numerusform>%n äldre kopior av datan kunde inte ändras och innehåller fortfarande namnet. Vill du radera dem?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="540"/>
        <location filename="../../ui/history.py" line="542"/>
        <location filename="../../ui/history.py" line="545"/>
        <location filename="../../ui/history.py" line="557"/>
        <source>Restore a backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="540"/>
        <source>There are no backups yet.</source>
        <translation>Det finns inga säkerhetskopior än.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="546"/>
        <source>Replace the current data with the backup from %1? The current data is kept aside, not deleted. Runde closes; start it again afterwards.</source>
        <translation>Vill du ersätta de nuvarande uppgifterna med säkerhetskopian från %1? De nuvarande uppgifterna sparas undan, de raderas inte. Runde stängs; starta det igen efteråt.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="554"/>
        <source>Restoring the backup…</source>
        <translation>Återställer säkerhetskopian…</translation>
    </message>
</context>
<context>
    <name>InstallCheck</name>
    <message>
        <location filename="../../ui/install_check.py" line="23"/>
        <source>Runde is not installed completely: its built-in meeting formats are missing (looked in %1). Please install Runde again, or ask whoever installed it.</source>
        <translation>Runde är inte helt installerat: de inbyggda mötesformerna saknas (sökte i %1). Installera Runde igen, eller fråga den som installerade programmet.</translation>
    </message>
    <message>
        <location filename="../../ui/install_check.py" line="46"/>
        <source>Runde cannot start</source>
        <translation>Runde kan inte starta</translation>
    </message>
    <message>
        <location filename="../../ui/install_check.py" line="71"/>
        <source>The chime is not installed on this computer, so Runde stays silent. To hear it, install Runde with its sound part (runde[sound]) or use the Runde program for your computer.</source>
        <translation>Klockljudet är inte installerat på den här datorn, så Runde är tyst. Vill du höra det, installera Runde med ljuddelen (runde[sound]) eller använd Runde-programmet för din dator.</translation>
    </message>
    <message>
        <location filename="../../ui/install_check.py" line="79"/>
        <source>The database server part is not installed on this computer, so Runde keeps everything in this computer&apos;s own file. To use a team database server, install Runde with its server part (runde[server]).</source>
        <translation>Databasserverdelen är inte installerad på den här datorn, så Runde sparar allt i datorns egen fil. Vill du använda en gemensam databasserver för teamet, installera Runde med serverdelen (runde[server]).</translation>
    </message>
</context>
<context>
    <name>MeetingController</name>
    <message>
        <location filename="../../ui/meeting_controller.py" line="114"/>
        <location filename="../../ui/meeting_controller.py" line="128"/>
        <source>F1 keys · F2 console · Esc leave full screen</source>
        <translation>F1 tangenter · F2 styrpanel · Esc lämna helskärm</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="148"/>
        <source>Time is almost up: %1</source>
        <translation>Tiden är snart ute: %1</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="149"/>
        <source>Time is up: %1</source>
        <translation>Tiden är ute: %1</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="159"/>
        <source>Room view on: %1</source>
        <translatorcomment>review: unsure: &apos;rumsvy&apos; for the room view (the wall screen or projector picture); &apos;storbild&apos; is an alternative</translatorcomment>
        <translation>Rumsvyn visas på: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meeting_controller.py" line="409"/>
        <source>A meeting holds at most %n people.</source>
        <translation>
            <numerusform>Ett möte kan rymma högst %n deltagare.</numerusform>
            <numerusform>Ett möte kan rymma högst %n deltagare.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="420"/>
        <source>Finish the meeting?</source>
        <translation>Avsluta mötet?</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_controller.py" line="421"/>
        <source>The meeting ends now and its times are kept. You can still add learning points and measures afterwards.</source>
        <translatorcomment>review: glossary marks &apos;lärdomar / lärpunkter&apos; (?) for learning points; used &apos;lärdom/lärdomar&apos;</translatorcomment>
        <translation>Mötet avslutas nu och tiderna sparas. Du kan fortfarande lägga till lärdomar och åtgärder efteråt.</translation>
    </message>
</context>
<context>
    <name>MeetingSession</name>
    <message>
        <location filename="../../ui/meeting_session.py" line="179"/>
        <source>Changed elsewhere</source>
        <translation>Ändrad på annat håll</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="180"/>
        <source>This learning point was changed on another computer while you were editing it.</source>
        <translation>Den här lärdomen ändrades på en annan dator medan du redigerade den.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="182"/>
        <source>This measure was changed on another computer while you were editing it.</source>
        <translation>Den här åtgärden ändrades på en annan dator medan du redigerade den.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="184"/>
        <source>On the other computer: %1
Here: %2</source>
        <translation>På den andra datorn: %1
Här: %2</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="186"/>
        <source>Keep mine</source>
        <translation>Behåll min version</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="187"/>
        <source>Take theirs</source>
        <translation>Använd deras version</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="232"/>
        <source>The sheet cannot be made now</source>
        <translation>Sammanställningen kan inte göras nu</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="233"/>
        <source>The meeting cannot be read to make its sheet: %1 Everything typed is kept; try again in a moment.</source>
        <translation>Mötet kan inte läsas, så sammanställningen kan inte göras: %1 Allt som har skrivits finns kvar; försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="235"/>
        <source>it is not in the database.</source>
        <translation>det finns inte i databasen.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="300"/>
        <source>✓ Everything is saved</source>
        <translation>✓ Allt är sparat</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="305"/>
        <source>Server not reachable: edits are kept on this computer and saved when it is back.</source>
        <translation>Servern går inte att nå: ändringarna finns kvar på den här datorn och sparas när den är tillbaka.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_session.py" line="308"/>
        <source>⚠ Not saved yet (%1). Kept in memory; Runde keeps trying.</source>
        <translation>⚠ Inte sparat än (%1). Finns kvar i minnet; Runde fortsätter att försöka.</translation>
    </message>
</context>
<context>
    <name>MessagePanel</name>
    <message>
        <location filename="../../ui/room_message.py" line="104"/>
        <location filename="../../ui/room_message.py" line="112"/>
        <source>Message to the room</source>
        <translation>Meddelande till rummet</translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="105"/>
        <source>Show “%1” on the room&apos;s view (1)</source>
        <translation>Visa ”%1” i rumsvyn (1)</translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="105"/>
        <source>Show “%1” on the room&apos;s view (2)</source>
        <translation>Visa ”%1” i rumsvyn (2)</translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="106"/>
        <source>Show “%1” on the room&apos;s view (3)</source>
        <translation>Visa ”%1” i rumsvyn (3)</translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="111"/>
        <source>Or type a short message</source>
        <translation>Eller skriv ett kort meddelande</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_message.py" line="113"/>
        <source>At most %n characters; Enter shows it on the room&apos;s view</source>
        <translation>
            <numerusform>Högst %n tecken; Enter visar det i rumsvyn</numerusform>
            <numerusform>Högst %n tecken; Enter visar det i rumsvyn</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="115"/>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="116"/>
        <source>Show the typed message on the room&apos;s view</source>
        <translation>Visa det skrivna meddelandet i rumsvyn</translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="117"/>
        <source>Clear</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="118"/>
        <source>Take the message off the room&apos;s view (0)</source>
        <translation>Ta bort meddelandet från rumsvyn (0)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_message.py" line="120"/>
        <source>Cut to %n characters: a message to the room is read in a glance.</source>
        <translation>
            <numerusform>Kortat till %n tecken: ett meddelande till rummet ska kunna läsas med en blick.</numerusform>
            <numerusform>Kortat till %n tecken: ett meddelande till rummet ska kunna läsas med en blick.</numerusform>
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
        <translation>Välj säkerhetskopian som ska återställas (nyaste först). Nuvarande data flyttas undan, de raderas inte.</translation>
    </message>
</context>
<context>
    <name>RoomMessage</name>
    <message>
        <location filename="../../ui/room_message.py" line="28"/>
        <source>2 minutes left</source>
        <translation>2 minuter kvar</translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="28"/>
        <source>Please round off</source>
        <translation>Runda gärna av</translation>
    </message>
    <message>
        <location filename="../../ui/room_message.py" line="29"/>
        <source>Short break</source>
        <translation>Kort paus</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <location filename="../../ui/room_view.py" line="64"/>
        <source>Room view</source>
        <translatorcomment>review: unsure: &apos;rumsvy&apos; for the room view (the wall screen or projector picture); &apos;storbild&apos; is an alternative</translatorcomment>
        <translation>Rumsvy</translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="113"/>
        <source>Press Page Down again to end the meeting</source>
        <translation>Tryck Page Down igen för att avsluta mötet</translation>
    </message>
    <message>
        <location filename="../../ui/room_header.py" line="30"/>
        <source>Step %1 of %2</source>
        <translation>Steg %1 av %2</translation>
    </message>
    <message>
        <location filename="../../ui/room_header.py" line="68"/>
        <source>Today&apos;s focus area: %1</source>
        <translation>Dagens fokusområde: %1</translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="162"/>
        <source>Planned %1 of %2 min</source>
        <translation>Planerat %1 av %2 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_view.py" line="164"/>
        <source>Planned %n min</source>
        <translation>
            <numerusform>Planerat %n min</numerusform>
            <numerusform>Planerat %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_view.py" line="167"/>
        <source>%n min behind</source>
        <translation>
            <numerusform>%n min efter</numerusform>
            <numerusform>%n min efter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_view.py" line="169"/>
        <source>%n min ahead</source>
        <translation>
            <numerusform>%n min före</numerusform>
            <numerusform>%n min före</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="171"/>
        <source>On time</source>
        <translation>I tid</translation>
    </message>
    <message>
        <location filename="../../ui/room_clock.py" line="67"/>
        <source>Ready – press Space to start</source>
        <translation>Redo – tryck på mellanslag för att starta</translation>
    </message>
    <message>
        <location filename="../../ui/room_clock.py" line="69"/>
        <location filename="../../ui/room_round.py" line="52"/>
        <source>❚❚ Paused</source>
        <translation>❚❚ Pausat</translation>
    </message>
    <message>
        <location filename="../../ui/room_clock.py" line="73"/>
        <source>Over time – the clock keeps counting</source>
        <translation>Över tid – klockan fortsätter att räkna</translation>
    </message>
    <message>
        <location filename="../../ui/room_clock.py" line="75"/>
        <source>▲ Time is almost up</source>
        <translation>▲ Tiden är snart ute</translation>
    </message>
    <message>
        <location filename="../../ui/room_body.py" line="68"/>
        <location filename="../../ui/room_round.py" line="49"/>
        <source>Next: %1</source>
        <translation>Nästa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/room_gathering.py" line="21"/>
        <source>Thank you</source>
        <translation>Tack</translation>
    </message>
    <message>
        <location filename="../../ui/room_gathering.py" line="22"/>
        <source>The meeting has ended</source>
        <translation>Mötet är slut</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room_view.py" line="238"/>
        <source>It took %n min</source>
        <translation>
            <numerusform>Det tog %n min</numerusform>
            <numerusform>Det tog %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/room_gathering.py" line="39"/>
        <source>The meeting starts in %1</source>
        <translation>Mötet börjar om %1</translation>
    </message>
    <message>
        <location filename="../../ui/room_gathering.py" line="41"/>
        <source>Starts at %1</source>
        <translation>Börjar kl. %1</translation>
    </message>
    <message>
        <location filename="../../ui/room_gathering.py" line="44"/>
        <source>It is %1 – press Space to start</source>
        <translation>Klockan är %1 – tryck på mellanslag för att starta</translation>
    </message>
    <message>
        <location filename="../../ui/room_round.py" line="75"/>
        <source>%1 (%2 of %3) · %4 left in this part</source>
        <translation>%1 (%2 av %3) · %4 kvar av den här delen</translation>
    </message>
    <message>
        <location filename="../../ui/room_chips.py" line="40"/>
        <source>%1 passed</source>
        <translation>%1 står över</translation>
    </message>
    <message>
        <location filename="../../ui/room_chips.py" line="42"/>
        <source>%1 is away</source>
        <translation>%1 är frånvarande</translation>
    </message>
    <message>
        <location filename="../../ui/room_gathering.py" line="68"/>
        <location filename="../../ui/room_rows.py" line="134"/>
        <source>Expected: %1</source>
        <translation>Väntas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="175"/>
        <source>%1 of %2 min</source>
        <translation>%1 av %2 min</translation>
    </message>
    <message>
        <location filename="../../ui/room_view.py" line="179"/>
        <source>Ends %1</source>
        <translation>Slutar %1</translation>
    </message>
    <message>
        <location filename="../../ui/room_round.py" line="28"/>
        <source>Nobody takes a turn in this round</source>
        <translation>Ingen deltar i den här rundan</translation>
    </message>
    <message>
        <location filename="../../ui/room_round.py" line="30"/>
        <source>✓ Round complete</source>
        <translation>✓ Rundan är klar</translation>
    </message>
    <message>
        <location filename="../../ui/room_round.py" line="34"/>
        <source>The round</source>
        <translation>Rundan</translation>
    </message>
</context>
<context>
    <name>RoomWindow</name>
    <message>
        <location filename="../../ui/screens.py" line="31"/>
        <source>Runde – room view</source>
        <translatorcomment>review: unsure: &apos;rumsvy&apos; for the room view (the wall screen or projector picture); &apos;storbild&apos; is an alternative</translatorcomment>
        <translation>Runde – rumsvy</translation>
    </message>
</context>
<context>
    <name>ScreenRouter</name>
    <message>
        <location filename="../../ui/screens.py" line="130"/>
        <source>Screen %1 (%2 × %3)</source>
        <translation>Skärm %1 (%2 × %3)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="203"/>
        <location filename="../../ui/settings_dialog.py" line="276"/>
        <source>Hide Organisation / IT</source>
        <translation>Dölj Organisation / IT</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="203"/>
        <location filename="../../ui/settings_dialog.py" line="277"/>
        <source>Organisation / IT…</source>
        <translation>Organisation / IT…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="231"/>
        <source>A team database server is in use: %1. The IT department looks after it.</source>
        <translation>En gemensam databasserver för arbetslaget används: %1. IT-avdelningen sköter den.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="234"/>
        <source>Everything is kept in this computer&apos;s own file.</source>
        <translation>Allt sparas i den här datorns egen fil.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="238"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="239"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="239"/>
        <source>&amp;Colours</source>
        <translation>&amp;Färger</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="240"/>
        <source>&amp;Text size</source>
        <translation>&amp;Textstorlek</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="240"/>
        <source>&amp;Flash</source>
        <translation>&amp;Blinkning</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="241"/>
        <source>S&amp;ound</source>
        <translation>L&amp;jud</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="241"/>
        <source>&amp;Chime</source>
        <translation>Si&amp;gnal</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="241"/>
        <source>&amp;Volume</source>
        <translation>&amp;Volym</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="242"/>
        <source>&amp;Warning</source>
        <translation>Va&amp;rning</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="242"/>
        <source>&amp;Room&apos;s screen</source>
        <translatorcomment>review: unsure: &apos;rumsvy&apos; for the room view (the wall screen or projector picture); &apos;storbild&apos; is an alternative</translatorcomment>
        <translation>Skär&amp;m för rumsvyn</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="243"/>
        <source>&amp;Database server</source>
        <translation>&amp;Databasserver</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="243"/>
        <source>Pass&amp;word</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="246"/>
        <source>As the computer is set</source>
        <translation>Som datorn är inställd</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="248"/>
        <source>Dark</source>
        <translation>Mörk</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="249"/>
        <source>High contrast: black, white and yellow</source>
        <translation>Hög kontrast: svart, vitt och gult</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="250"/>
        <source>Soft</source>
        <translation>Mjuk</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="250"/>
        <source>Two tones</source>
        <translation>Två toner</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="253"/>
        <source>By itself: the first screen that is not this one</source>
        <translation>Automatiskt: den första skärmen som inte är den här</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="254"/>
        <source>Screen %1: %2 (%3 × %4)</source>
        <translation>Skärm %1: %2 (%3 × %4)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="257"/>
        <source>A short flash when the time changes phase (off: nothing flashes or moves)</source>
        <translation>En kort blinkning när tiden byter fas (av: inget blinkar eller rör sig)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="259"/>
        <source>A chime when time is almost up and when it is up</source>
        <translation>En signal när tiden snart är ute och när den är ute</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="260"/>
        <source>&amp;Play</source>
        <translation>S&amp;pela upp</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="261"/>
        <source>Play the chime</source>
        <translation>Spela upp signalen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="262"/>
        <source>Volume of the chime</source>
        <translation>Signalens volym</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="263"/>
        <source>Text size of the windows on this computer</source>
        <translation>Textstorlek i fönstren på den här datorn</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="264"/>
        <source>The room&apos;s view always makes its text as large as the screen allows. Warnings are shown by words and shapes as well as colour.</source>
        <translatorcomment>review: unsure: &apos;rumsvy&apos; for the room view (the wall screen or projector picture); &apos;storbild&apos; is an alternative</translatorcomment>
        <translation>Rumsvyn gör alltid texten så stor som skärmen tillåter. Varningar visas med ord och former, inte bara med färg.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="267"/>
        <source>Organisation / IT</source>
        <translation>Organisation / IT</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="268"/>
        <source>The IT department sets this up when a team shares its meetings on a database server; leave it as it is unless they ask you to change it.</source>
        <translation>Det här ställer IT-avdelningen in när ett arbetslag delar sina möten på en databasserver; låt det vara som det är om de inte ber dig ändra det.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="272"/>
        <source>Database server: empty keeps everything in this computer&apos;s own file. A server (for example postgresql://name@server/runde?sslmode=verify-full) is used from the next start; the password is kept in the computer&apos;s keyring, never in a file.</source>
        <translation>Databasserver: om fältet är tomt sparas allt i den här datorns egen fil. En server (till exempel postgresql://name@server/runde?sslmode=verify-full) används från nästa gång Runde startar; lösenordet sparas i datorns nyckelring, aldrig i en fil.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="278"/>
        <source>Organisation / IT: the team database server</source>
        <translation>Organisation / IT: arbetslagets databasserver</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="280"/>
        <source>Empty: this computer&apos;s own file</source>
        <translation>Tomt: den här datorns egen fil</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="281"/>
        <source>Database server address</source>
        <translation>Databasserverns adress</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="282"/>
        <source>Password for the database server</source>
        <translation>Lösenord till databasservern</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="292"/>
        <source>As the format says</source>
        <translation>Som mötesformen anger</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_dialog.py" line="294"/>
        <source>%n second(s) before the end of a step</source>
        <translation>
            <numerusform>%n sekund före slutet av ett steg</numerusform>
            <numerusform>%n sekunder före slutet av ett steg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_dialog.py" line="295"/>
        <source>%n minute(s) before the end of a step</source>
        <translation>
            <numerusform>%n minut före slutet av ett steg</numerusform>
            <numerusform>%n minuter före slutet av ett steg</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceBox</name>
    <message>
        <location filename="../../ui/format_widgets.py" line="115"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="116"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="116"/>
        <source>Publisher</source>
        <translation>Utgivare</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="117"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="117"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="118"/>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="120"/>
        <source>Source: %1</source>
        <translation>Källa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="131"/>
        <source>Danish</source>
        <translation>Danska</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="131"/>
        <source>Norwegian Bokmål</source>
        <translation>Norska (bokmål)</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="132"/>
        <source>Norwegian Nynorsk</source>
        <translation>Norska (nynorska)</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="132"/>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="132"/>
        <source>Finnish</source>
        <translation>Finska</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="133"/>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="134"/>
        <source>Icelandic</source>
        <translation>Isländska</translation>
    </message>
    <message>
        <location filename="../../ui/format_widgets.py" line="134"/>
        <source>German</source>
        <translation>Tyska</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/start_screen.py" line="220"/>
        <source>New meeting</source>
        <translation>Nytt möte</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="221"/>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="224"/>
        <source>Your team&apos;s name (remembered with its people)</source>
        <translation>Teamets namn (sparas tillsammans med vilka som ingår)</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="225"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="226"/>
        <source>&amp;Meeting series…</source>
        <translation>Mötes&amp;serier…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="227"/>
        <source>The team&apos;s meeting dates, who takes part, a calendar file</source>
        <translation>Teamets mötesdatum, vilka som deltar, en kalenderfil</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="228"/>
        <source>The team: tick who is here</source>
        <translation>Teamet: markera vilka som är här</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="229"/>
        <source>Untick anyone who is not here today</source>
        <translation>Avmarkera den som inte är här i dag</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="230"/>
        <source>&amp;Format</source>
        <translation>&amp;Mötesform</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="234"/>
        <source>&amp;Who is here</source>
        <translation>&amp;Vilka är här</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="236"/>
        <source>One name per line, or separated by commas</source>
        <translation>Ett namn per rad, eller åtskilda med kommatecken</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="237"/>
        <source>F&amp;acilitator</source>
        <translation>F&amp;acilitator</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="243"/>
        <source>Round &amp;starts with</source>
        <translation>Rundan &amp;börjar med</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="244"/>
        <source>The facilitator takes a turn in the round</source>
        <translation>Facilitatorn deltar också i rundan</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="238"/>
        <source>Case &amp;presenters</source>
        <translation>Vem presenterar &amp;fallet</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="239"/>
        <source>Case presenters</source>
        <translation>Vem presenterar fallet</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="241"/>
        <source>Tick who presents the case: one or more. Arrow keys move, Space ticks.</source>
        <translation>Markera den eller de som presenterar fallet. Piltangenterna flyttar, mellanslag markerar.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="245"/>
        <source>The case presenters take a turn in the round</source>
        <translation>De som presenterar fallet deltar också i rundan</translation>
    </message>
    <message>
        <location filename="../../ui/start_since_last.py" line="27"/>
        <source>Start with “What did you try since last time?”</source>
        <translation>Börja med ”Vad har ni provat sedan förra gången?”</translation>
    </message>
    <message>
        <location filename="../../ui/start_since_last.py" line="29"/>
        <source>A first step of %1 min: what people tried since the last meeting, and the measures from last time. What is typed for it is printed on the sheets.</source>
        <translation>Ett första steg på %1 min: vad deltagarna har provat sedan förra mötet, och åtgärderna från förra gången. Det som skrivs kommer med i sammanställningarna.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="247"/>
        <source>Start the meeting (Ctrl+Enter)</source>
        <translation>Starta mötet (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="248"/>
        <source>History and sheets…</source>
        <translation>Historik och sammanställningar…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="249"/>
        <source>Learning visit…</source>
        <translatorcomment>review: glossary marks &apos;lärandebesök&apos; (?) for learning visit</translatorcomment>
        <translation>Lärandebesök…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="250"/>
        <source>Settings…</source>
        <translation>Inställningar…</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="251"/>
        <source>Edit formats…</source>
        <translation>Redigera mötesformer…</translation>
    </message>
    <message>
        <location filename="../../ui/start_rotation.py" line="40"/>
        <source>Rotate the role: next in turn is %1</source>
        <translation>Rollen går runt: näst på tur är %1</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="253"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="231"/>
        <source>The team: tick who is &amp;here</source>
        <translation>Teamet: bocka för vilka som är &amp;här</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="233"/>
        <source>E&amp;veryone here, guests too</source>
        <translation>&amp;Alla här, även gäster</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="254"/>
        <source>Format</source>
        <translation>Mötesform</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="64"/>
        <source>The plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="65"/>
        <source>The plan as a bar</source>
        <translation>Planen som en stapel</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="66"/>
        <source>Back to the format&apos;s times</source>
        <translation>Tillbaka till formatets tider</translation>
    </message>
    <message>
        <location filename="../../ui/start_rotation.py" line="36"/>
        <source>%1 has the role this time; next time: %2</source>
        <translation>%1 har rollen den här gången; nästa gång: %2</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="442"/>
        <source>(nobody chosen)</source>
        <translation>(ingen vald)</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="486"/>
        <location filename="../../ui/start_screen.py" line="487"/>
        <source>No formats are available.</source>
        <translation>Det finns inga mötesformer.</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="88"/>
        <source>Planned: %1</source>
        <translation>Planerat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="91"/>
        <source>⚠ Planned: %1 of the usual %2 – %3 too long.</source>
        <translation>⚠ Planerat: %1 av de vanliga %2 – %3 för långt.</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="96"/>
        <source>Planned: %1 of %2 – it fills the time exactly: there is no spare minute if a step runs over.</source>
        <translation>Planerat: %1 av %2 – det fyller tiden precis: det finns ingen minut över om en punkt drar ut.</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="99"/>
        <source>Planned: %1 of %2 – %3 to spare.</source>
        <translation>Planerat: %1 av %2 – %3 över.</translation>
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
        <translation>Gäller direkt: planen blir %1 av %2.</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="127"/>
        <source>To make it fit (the new total in brackets):</source>
        <translation>Så att det passar (den nya totala tiden inom parentes):</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="139"/>
        <source>Leave the presenter out of the round (%1)</source>
        <translation>Den som presenterar fallet deltar inte i rundan (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="141"/>
        <source>Leave the presenters out of the round (%1)</source>
        <translation>De som presenterar fallet deltar inte i rundan (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="144"/>
        <source>“%1” %2 instead of %3 (%4)</source>
        <translation>”%1” %2 i stället för %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="148"/>
        <source>Turns of %1 (%2)</source>
        <translation>%1 per tur (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="150"/>
        <source>Leave out “%1” (%2)</source>
        <translation>Hoppa över ”%1” (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="159"/>
        <source>turns of %1</source>
        <translation>%1 per tur</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="161"/>
        <source>“%1” %2</source>
        <translation>”%1” %2</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="166"/>
        <source>For this meeting: %1.</source>
        <translation>För det här mötet: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/start_notes.py" line="17"/>
        <source>Choose a facilitator first: this format needs one to lead the meeting.</source>
        <translation>Välj en facilitator först: det här formatet kräver någon som leder mötet.</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="171"/>
        <source>The plan is longer than usual</source>
        <translation>Planen är längre än vanligt</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="172"/>
        <source>The plan is %1, longer than the meeting&apos;s usual %2. Start anyway?</source>
        <translation>Planen är %1, längre än mötets vanliga %2. Vill ni starta ändå?</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="176"/>
        <source>Start anyway</source>
        <translation>Starta ändå</translation>
    </message>
    <message>
        <location filename="../../ui/start_plan.py" line="178"/>
        <source>Back to the plan</source>
        <translation>Tillbaka till planen</translation>
    </message>
    <message>
        <location filename="../../ui/start_notes.py" line="24"/>
        <source>⚠ Nobody takes a turn in the round yet: add names, or the round is skipped.</source>
        <translation>⚠ Ingen deltar i rundan än: lägg till namn, annars hoppas rundan över.</translation>
    </message>
    <message>
        <location filename="../../ui/start_notes.py" line="26"/>
        <source>ℹ This format is meant for at least %1 people.</source>
        <translation>ℹ Den här mötesformen är tänkt för minst %1 personer.</translation>
    </message>
    <message>
        <location filename="../../ui/start_notes.py" line="29"/>
        <source>ℹ This format is meant for at most %1 people.</source>
        <translation>ℹ Den här mötesformen är tänkt för högst %1 personer.</translation>
    </message>
    <message>
        <location filename="../../ui/start_notes.py" line="32"/>
        <source>ℹ Choose a facilitator: the meeting needs someone to lead it.</source>
        <translation>ℹ Välj en facilitator: mötet behöver någon som leder det.</translation>
    </message>
    <message>
        <location filename="../../ui/start_notes.py" line="37"/>
        <source>ℹ Some names were given twice; they are numbered (2), (3).</source>
        <translation>ℹ Några namn angavs två gånger; de numreras (2), (3).</translation>
    </message>
    <message>
        <location filename="../../ui/start_notes.py" line="40"/>
        <source>ℹ Very long names were shortened.</source>
        <translation>ℹ Mycket långa namn kortades.</translation>
    </message>
    <message>
        <location filename="../../ui/start_notes.py" line="42"/>
        <source>⚠ Only the first 200 names are used.</source>
        <translation>⚠ Bara de första 200 namnen används.</translation>
    </message>
</context>
<context>
    <name>TeamExportDialog</name>
    <message>
        <location filename="../../ui/data_dialogs.py" line="71"/>
        <source>Include confidential items and private observations (only for moving your own data to another computer)</source>
        <translation>Ta med konfidentiella uppgifter och privata observationer (bara när du flyttar dina egna data till en annan dator)</translation>
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
        <translation>%1 av högst %2 tecken</translation>
    </message>
    <message>
        <location filename="../../ui/text_limit.py" line="130"/>
        <source>The text in all has reached its limit of %1 characters. Shorten something to write more.</source>
        <translation>Texten totalt har nått gränsen på %1 tecken. Korta något för att skriva mer.</translation>
    </message>
    <message>
        <location filename="../../ui/text_limit.py" line="134"/>
        <source>Text in all: %1 of at most %2 characters.</source>
        <translation>Text totalt: %1 av högst %2 tecken.</translation>
    </message>
</context>
<context>
    <name>VisitEndBar</name>
    <message>
        <location filename="../../ui/meeting_end.py" line="189"/>
        <source>Write the learning points</source>
        <translation>Skriv lärdomarna</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="190"/>
        <source>Make the sheet…</source>
        <translation>Gör sammanställningen…</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="191"/>
        <source>Back to the start screen</source>
        <translation>Tillbaka till startskärmen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/meeting_end.py" line="203"/>
        <source>%n learning point(s)</source>
        <translation>
            <numerusform>%n lärdom</numerusform>
            <numerusform>%n lärdomar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="204"/>
        <source>No learning points yet</source>
        <translation>Inga lärdomar än</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_end.py" line="205"/>
        <source>The learning visit is finished: %1</source>
        <translation>Lärandebesöket är avslutat: %1</translation>
    </message>
</context>
<context>
    <name>VisitWindow</name>
    <message>
        <location filename="../../ui/visit_window.py" line="99"/>
        <source>Runde – learning visit</source>
        <translatorcomment>review: glossary marks &apos;lärandebesök&apos; (?) for learning visit</translatorcomment>
        <translation>Runde – lärandebesök</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="162"/>
        <source>1 · Check-in</source>
        <translation>1 · Incheckning</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="162"/>
        <source>2 · The day</source>
        <translation>2 · Dagen</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="163"/>
        <source>3 · Learning meeting</source>
        <translatorcomment>review: glossary marks &apos;lärandemöte&apos; (?) for learning meeting (&apos;lärmöte&apos; is also seen)</translatorcomment>
        <translation>3 · Lärandemöte</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="166"/>
        <source>Learning agent</source>
        <translatorcomment>review: glossary marks &apos;lärandeagent&apos; (?) for learning agent</translatorcomment>
        <translation>Lärandeagent</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="166"/>
        <source>Colleague being followed</source>
        <translation>Kollegan som följs</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="166"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="167"/>
        <source>Day and hours</source>
        <translation>Dag och tider</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="167"/>
        <source>What the agent wants from the day</source>
        <translatorcomment>review: glossary marks &apos;lärandeagent&apos; (?) for learning agent</translatorcomment>
        <translation>Vad lärandeagenten vill få ut av dagen</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="168"/>
        <source>What the colleague suggests to focus on</source>
        <translation>Vad kollegan föreslår att fokusera på</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="169"/>
        <source>Ground rules (one per line)</source>
        <translation>Spelregler (en per rad)</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="169"/>
        <source>How the agent takes part</source>
        <translatorcomment>review: glossary marks &apos;lärandeagent&apos; (?) for learning agent</translatorcomment>
        <translation>Hur lärandeagenten deltar</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="173"/>
        <source>Whole day</source>
        <translation>Heldag</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="173"/>
        <source>Half day</source>
        <translation>Halvdag</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="178"/>
        <source>As a fly on the wall</source>
        <translation>Som en fluga på väggen</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="179"/>
        <source>As a kind of intern</source>
        <translation>Som en sorts praktikant</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="182"/>
        <source>We both agree to the visit</source>
        <translation>Vi samtycker båda till besöket</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="183"/>
        <source>The manager is informed</source>
        <translation>Chefen är informerad</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="184"/>
        <source>An observation (Ctrl+O from anywhere, Enter saves it)</source>
        <translation>En observation (Ctrl+O var du än är, Enter sparar den)</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="185"/>
        <source>New observation</source>
        <translation>Ny observation</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="186"/>
        <source>Observations are private: they stay on this computer and out of every sheet unless you tick one to release it.</source>
        <translation>Observationerna är privata: de stannar på den här datorn och kommer inte med i någon sammanställning, om du inte markerar en observation för att dela den.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="189"/>
        <source>What did you see and hear?</source>
        <translation>Vad såg och hörde du?</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="189"/>
        <source>What worked well?</source>
        <translation>Vad fungerade bra?</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="190"/>
        <source>What could perhaps be done differently?</source>
        <translation>Vad skulle kanske kunna göras annorlunda?</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="191"/>
        <source>What was it like to have a learning agent along?</source>
        <translatorcomment>review: glossary marks &apos;lärandeagent&apos; (?) for learning agent</translatorcomment>
        <translation>Hur var det att ha en lärandeagent med sig?</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="192"/>
        <source>What thoughts has the day given you?</source>
        <translation>Vilka tankar har dagen gett dig?</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="194"/>
        <source>Three learning points</source>
        <translatorcomment>review: glossary marks &apos;lärdomar / lärpunkter&apos; (?) for learning points; used &apos;lärdom/lärdomar&apos;</translatorcomment>
        <translation>Tre lärdomar</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="203"/>
        <source>Finish the visit</source>
        <translation>Avsluta besöket</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="204"/>
        <source>Everything is saved; then make its sheet, or go back to the start screen</source>
        <translation>Allt är sparat; gör sedan sammanställningen eller gå tillbaka till startskärmen</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="362"/>
        <source>The sheet cannot be made now</source>
        <translation>Sammanställningen kan inte göras nu</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="363"/>
        <source>The learning visit cannot be read to make its sheet: %1 Everything typed is kept; try again in a moment.</source>
        <translation>Lärandebesöket kan inte läsas, så sammanställningen kan inte göras: %1 Allt som har skrivits finns kvar; försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="365"/>
        <source>it is not in the database.</source>
        <translation>det finns inte i databasen.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="51"/>
        <source>%1 h</source>
        <translation>%1 tim</translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="52"/>
        <source>%1 h %2 min</source>
        <translation>%1 tim %2 min</translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="72"/>
        <source>The visit was on %1.</source>
        <translation>Lärandebesöket var %1.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="73"/>
        <source>The visit is planned for %1.</source>
        <translation>Lärandebesöket är planerat till %1.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="168"/>
        <source>Some edits of the learning visit of %1 (%2 with %3) could not be saved before Runde closed. They were kept on this computer. Bring them back into that visit now?</source>
        <translation>Några ändringar från lärandebesöket %1 (%2 med %3) kunde inte sparas innan Runde stängdes. De behölls på den här datorn. Vill du föra tillbaka dem till besöket nu?</translation>
    </message>
    <message>
        <location filename="../../ui/visit_pages.py" line="174"/>
        <location filename="../../ui/visit_pages.py" line="175"/>
        <location filename="../../ui/visit_window.py" line="196"/>
        <location filename="../../ui/visit_window.py" line="197"/>
        <source>Learning point %1</source>
        <translatorcomment>review: glossary marks &apos;lärdomar / lärpunkter&apos; (?) for learning points; used &apos;lärdom/lärdomar&apos;</translatorcomment>
        <translation>Lärdom %1</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="198"/>
        <source>The day&apos;s observations</source>
        <translation>Dagens observationer</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="199"/>
        <source>Present them at a staff meeting on</source>
        <translation>Presentera dem på ett personalmöte den</translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="112"/>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="217"/>
        <location filename="../../ui/visit_window.py" line="272"/>
        <source>Confidentiality</source>
        <translation>Konfidentialitet</translation>
    </message>
    <message>
        <location filename="../../ui/visit_saving.py" line="182"/>
        <source>⚠ Not saved yet (%1); Runde keeps trying.</source>
        <translation>⚠ Inte sparat än (%1); Runde fortsätter att försöka.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_saving.py" line="172"/>
        <source>✓ Everything is saved</source>
        <translation>✓ Allt är sparat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/visit_window.py" line="263"/>
        <source>%n learning point(s) so far; three is the usual aim.</source>
        <translatorcomment>review: glossary marks &apos;lärdomar / lärpunkter&apos; (?) for learning points; used &apos;lärdom/lärdomar&apos;</translatorcomment>
        <translation>
            <numerusform>%n lärdom hittills; tre är det vanliga målet.</numerusform>
            <numerusform>%n lärdomar hittills; tre är det vanliga målet.</numerusform>
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
        <translation>En minut mindre för den här delen</translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="117"/>
        <source>One minute more for this part</source>
        <translation>En minut mer för den här delen</translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="127"/>
        <source>Time left for %1</source>
        <translation>Tid kvar för %1</translation>
    </message>
    <message>
        <location filename="../../ui/visit_window.py" line="202"/>
        <source>Add a learning point</source>
        <translation>Lägg till en lärdom</translation>
    </message>
    <message>
        <location filename="../../ui/visit_saving.py" line="179"/>
        <source>Server not reachable: edits are kept on this computer and saved when it is back.</source>
        <translation>Servern går inte att nå: ändringarna finns kvar på den här datorn och sparas när den är tillbaka.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_observations.py" line="112"/>
        <location filename="../../ui/visit_observations.py" line="127"/>
        <source>not saved yet</source>
        <translation>inte sparad än</translation>
    </message>
    <message>
        <location filename="../../ui/visit_observations.py" line="132"/>
        <source>Ticked: released for sheets. Not ticked: private.</source>
        <translation>Markerad: får tas med i sammanställningar. Inte markerad: privat.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_observations.py" line="134"/>
        <source>Not saved yet: kept on this computer and saved as soon as Runde can.</source>
        <translation>Inte sparat än: behålls på den här datorn och sparas så snart Runde kan.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="64"/>
        <source>The day starts in %1</source>
        <translation>Dagen börjar om %1</translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="69"/>
        <source>The planned day ended %1 ago</source>
        <translation>Den planerade dagen tog slut för %1 sedan</translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="66"/>
        <source>%1 gone · %2 left</source>
        <translation>%1 har gått · %2 kvar</translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="75"/>
        <source>(no focus agreed yet)</source>
        <translation>(inget fokus överenskommet än)</translation>
    </message>
    <message>
        <location filename="../../ui/visit_day.py" line="77"/>
        <source>Focus: %1</source>
        <translation>Fokus: %1</translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="130"/>
        <source>Start</source>
        <translation>Starta</translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="131"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="132"/>
        <source>Resume</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <location filename="../../ui/visit_steps.py" line="133"/>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../ui/cli/language.py" line="32"/>
        <source>usage: </source>
        <translation>användning: </translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="33"/>
        <source>positional arguments</source>
        <translation>argument</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="34"/>
        <source>options</source>
        <translation>alternativ</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="35"/>
        <source>show this help message and exit</source>
        <translation>visa den här hjälpen och avsluta</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="36"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fel: %(message)s
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
        <translation>följande argument måste anges: %s</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="39"/>
        <source>one of the arguments %s is required</source>
        <translation>ett av argumenten %s måste anges</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="40"/>
        <source>unrecognized arguments: %s</source>
        <translation>okända argument: %s</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="41"/>
        <source>not allowed with argument %s</source>
        <translation>kan inte användas tillsammans med argumentet %s</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="42"/>
        <source>expected one argument</source>
        <translation>förväntade ett värde</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="43"/>
        <source>expected at most one argument</source>
        <translation>förväntade högst ett värde</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="44"/>
        <source>ignored explicit argument %r</source>
        <translation>värdet %r ignorerades</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="45"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydigt alternativ: %(option)s kan betyda %(matches)s</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="46"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ogiltigt %(type)s-värde: %(value)r</translation>
    </message>
    <message>
        <location filename="../../ui/cli/language.py" line="47"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ogiltigt val: %(value)r (välj bland %(choices)s)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../ui/cli/parser.py" line="16"/>
        <source>Runde: a meeting timer and reflection app for learning meetings.</source>
        <translation>Runde: en mötestimer och reflektionsapp för lärandemöten.</translation>
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
        <translation>NAMN</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="20"/>
        <source>NAMES</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="21"/>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="23"/>
        <source>show Runde&apos;s version and exit</source>
        <translation>visa Rundes version och avsluta</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="24"/>
        <source>DIR</source>
        <translation>MAPP</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="24"/>
        <source>keep everything Runde writes under DIR (a USB stick, a test)</source>
        <translation>spara allt som Runde skriver under MAPP (ett USB-minne, ett test)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="26"/>
        <source>CODE</source>
        <translation>KOD</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="27"/>
        <source>interface language: en, da, nb, sv or fi</source>
        <translation>gränssnittets språk: en, da, nb, sv eller fi</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="28"/>
        <source>use a PostgreSQL server instead of this computer&apos;s own file, e.g. postgresql://user@host/runde?sslmode=verify-full (the password from RUNDE_DB_PASSWORD or the keyring)</source>
        <translation>använd en PostgreSQL-server i stället för den här datorns egen fil, t.ex. postgresql://user@host/runde?sslmode=verify-full (lösenordet från RUNDE_DB_PASSWORD eller nyckelringen)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="33"/>
        <source>open straight into a meeting, ready to start</source>
        <translation>öppna direkt i ett möte, redo att starta</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="34"/>
        <source>FORMAT</source>
        <translation>MÖTESFORM</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="35"/>
        <source>format id (see: runde formats list)</source>
        <translation>mötesformens id (se: runde formats list)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="37"/>
        <source>names separated by commas</source>
        <translation>namn åtskilda med kommatecken</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="38"/>
        <source>who leads the meeting; one of --participants</source>
        <translation>vem som leder mötet (facilitator); en av --participants</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="40"/>
        <source>the case presenter, or several separated by commas; each must be one of --participants</source>
        <translation>den som presenterar fallet, eller flera åtskilda med kommatecken; var och en måste finnas bland --participants</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="42"/>
        <source>the team: remembered, and the round opens with the next person each time</source>
        <translation>teamet: sparas, och rundan börjar med nästa person varje gång</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="45"/>
        <source>screen number for the room&apos;s view (1 is the first)</source>
        <translation>skärmens nummer för rumsvyn (1 är den första)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="46"/>
        <source>open a new learning visit&apos;s check-in</source>
        <translation>öppna incheckningen för ett nytt lärandebesök</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="47"/>
        <source>the learning agent</source>
        <translation>lärandeagenten</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="49"/>
        <source>the colleague being followed</source>
        <translation>kollegan som följs</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="50"/>
        <source>list, export or import meeting formats</source>
        <translation>lista, exportera eller importera mötesformer</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="52"/>
        <source>one format a line, its id first</source>
        <translation>en mötesform per rad, med id först</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="53"/>
        <source>write a format to a file to share</source>
        <translation>skriv en mötesform till en fil för att dela den</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="54"/>
        <source>the format&apos;s id (see: runde formats list)</source>
        <translation>mötesformens id (se: runde formats list)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="55"/>
        <location filename="../../ui/cli/parser.py" line="74"/>
        <location filename="../../ui/cli/parser.py" line="111"/>
        <source>the file to write</source>
        <translation>filen som ska skrivas</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="56"/>
        <source>check a format file and add it</source>
        <translation>kontrollera en fil med en mötesform och lägg till den</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="57"/>
        <source>the format file to read</source>
        <translation>filen med mötesformen som ska läsas</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="58"/>
        <source>write a sheet without opening a window</source>
        <translation>skriv en sammanställning utan att öppna något fönster</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="60"/>
        <source>one meeting&apos;s sheet: its number, or latest</source>
        <translation>ett mötes sammanställning: dess nummer eller latest (det senaste)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="62"/>
        <source>one learning visit&apos;s sheet: its number, or latest</source>
        <translation>ett lärandebesöks sammanställning: dess nummer eller latest (det senaste)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="64"/>
        <source>a team&apos;s sheet of its learning points over a time (no name: the only team)</source>
        <translation>ett teams sammanställning av dess lärdomar under en period (utan namn: det enda teamet)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="66"/>
        <source>with --team: from this date (YYYY-MM-DD), or last-sheet: what is new since the team&apos;s last sheet (the default)</source>
        <translation>med --team: från detta datum (ÅÅÅÅ-MM-DD), eller last-sheet: det som är nytt sedan teamets senaste sammanställning (standard)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="69"/>
        <source>with --team: up to this date (YYYY-MM-DD; the default is today)</source>
        <translation>med --team: till och med detta datum (ÅÅÅÅ-MM-DD; standard är i dag)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="71"/>
        <source>pdf to print, odt to edit (LibreOffice, Word), md text, csv a spreadsheet</source>
        <translation>pdf för utskrift, odt för redigering (LibreOffice, Word), md text, csv ett kalkylblad</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="76"/>
        <source>also export items marked confidential</source>
        <translation>exportera även det som är markerat som konfidentiellt</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="77"/>
        <source>show names as initials</source>
        <translation>visa namn som initialer</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="79"/>
        <source>add the planned and actual times</source>
        <translation>lägg till planerade och faktiska tider</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="80"/>
        <source>write a team&apos;s meeting series as a calendar file (.ics)</source>
        <translation>skriv ett teams mötesserie som en kalenderfil (.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="83"/>
        <source>the team (may be left out when there is only one)</source>
        <translation>teamet (kan utelämnas när det bara finns ett)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="85"/>
        <source>the calendar file to write (.ics)</source>
        <translation>kalenderfilen som ska skrivas (.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="87"/>
        <source>times in UTC, for a calendar program that ignores time zones</source>
        <translation>tider i UTC, för ett kalenderprogram som inte hanterar tidszoner</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="88"/>
        <source>move a team&apos;s history between this computer&apos;s file and a database server, counted table by table</source>
        <translation>flytta ett teams historik mellan den här datorns fil och en databasserver, räknat tabell för tabell</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="91"/>
        <location filename="../../ui/cli/parser.py" line="109"/>
        <source>the team&apos;s name</source>
        <translation>teamets namn</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="93"/>
        <source>where to: a server URL, or local for this computer&apos;s own file</source>
        <translation>vart: en serveradress (URL) eller local för den här datorns egen fil</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="95"/>
        <source>where from (default: the database Runde uses)</source>
        <translation>varifrån (standard: databasen som Runde använder)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="97"/>
        <source>remove the team where it came from once the copy is checked</source>
        <translation>ta bort teamet där det kom ifrån när kopian har kontrollerats</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="104"/>
        <source>save a team&apos;s whole history as one file, or bring one in</source>
        <translation>spara ett teams hela historik som en fil, eller hämta in en</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="107"/>
        <source>write a team&apos;s whole history to a file (as History saves it)</source>
        <translation>skriv ett teams hela historik till en fil (så som Historik sparar den)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="112"/>
        <source>also write confidential items and private observations (only to move your own data)</source>
        <translation>skriv även med konfidentiella uppgifter och privata observationer (bara för att flytta dina egna data)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="114"/>
        <source>check a team file and bring it in whole, or nothing of it (a name in use gets a number)</source>
        <translation>kontrollera en teamfil och hämta in den helt, eller inget av den (ett namn som redan används får ett nummer)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/parser.py" line="117"/>
        <source>the team file to read</source>
        <translation>teamfilen som ska läsas</translation>
    </message>
</context>
</TS>
