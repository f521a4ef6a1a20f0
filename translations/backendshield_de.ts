<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="+18"/>
        <source>Activity</source>
        <extracomment>Page heading: log of what the app did</extracomment>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the app did, for support and your own records.</source>
        <translation>Was die App getan hat, für den Support und Ihre Unterlagen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing has happened yet</source>
        <translation>Bisher ist nichts geschehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain scans, proofs, transactions and server calls will be listed here with their outcome. The log never contains keys, and you can export it.</source>
        <translation>Chain-Scans, Beweise, Transaktionen und Serveraufrufe werden hier mit ihrem Ergebnis aufgeführt. Das Protokoll enthält nie Schlüssel, und Sie können es exportieren.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n entry(s) since the profile was unlocked</source>
        <translation>
            <numerusform>%n Eintrag seit dem Entsperren des Profils</numerusform>
            <numerusform>%n Einträge seit dem Entsperren des Profils</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the activity log as CSV</source>
        <translation>Das Aktivitätsprotokoll als CSV exportieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the activity log</source>
        <translation>Das Aktivitätsprotokoll exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported.</source>
        <translation>Exportiert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Entries appear once a profile is open.</source>
        <translation>Einträge erscheinen, sobald ein Profil geöffnet ist.</translation>
    </message>
</context>
<context>
    <name>BackupStep</name>
    <message>
        <location filename="../qml/onboarding/BackupStep.qml" line="+12"/>
        <source>Back it up</source>
        <translation>Sicherung anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An encrypted backup file holds your keys. Keep it away from this computer (a USB stick, a password manager). Its passphrase may be the same as the vault&apos;s.</source>
        <translation>Eine verschlüsselte Sicherungsdatei enthält Ihre Schlüssel. Bewahren Sie sie getrennt von diesem Computer auf (auf einem USB-Stick, in einem Passwortmanager). Ihre Passphrase darf dieselbe sein wie die des Tresors.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Backup passphrase</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save backup…</source>
        <translation>Sicherung speichern…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the backup</source>
        <translation>Die Sicherung speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup saved to %1</source>
        <translation>Sicherung gespeichert unter %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Circuit files for proofs on this computer</source>
        <translation>Schaltkreisdateien für Beweise auf diesem Computer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Download and check</source>
        <translation>Herunterladen und prüfen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SHA-256 checked</source>
        <translation>SHA-256 geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every file matches the hash the network description names.</source>
        <translation>Jede Datei entspricht dem Hash, den die Netzwerkbeschreibung nennt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open my dashboard</source>
        <translation>Mein Dashboard öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the profile</source>
        <translation>Das Profil öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the backup and open</source>
        <translation>Sicherung überspringen und öffnen</translation>
    </message>
</context>
<context>
    <name>ClaimPage</name>
    <message>
        <location filename="../qml/pages/ClaimPage.qml" line="+14"/>
        <location line="+143"/>
        <source>Claim to USDC</source>
        <translation>In USDC einlösen</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Withdraws from your encrypted balance to USDC in your own wallet. Needs only the chain.</source>
        <translation>Hebt Beträge von Ihrem verschlüsselten Guthaben als USDC auf Ihr eigenes Wallet ab. Benötigt nur die Chain.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Amount in USDC</source>
        <translation>Betrag in USDC</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All (%1 USDC)</source>
        <translation>Alles (%1 USDC)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To your own address %1 (eERC pays the account that proves).</source>
        <translation>An Ihre eigene Adresse %1 (eERC zahlt an das Konto, das den Beweis erbringt).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A claim makes the claimed amount public on chain: the withdraw states it in clear. Your remaining balance stays encrypted and private.</source>
        <translation>Eine Einlösung macht den eingelösten Betrag auf der Chain öffentlich: Die Abhebung nennt ihn im Klartext. Ihr restliches Guthaben bleibt verschlüsselt und privat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preflight</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Check the claim first: the balance is re-read, the amount checked, and the proof dry-run against the contract.</source>
        <translation>Prüfen Sie die Einlösung zuerst: Das Guthaben wird erneut gelesen, der Betrag geprüft und der Beweis im Probelauf gegen den Vertrag getestet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the claim</source>
        <translation>Die Einlösung prüfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Claim</source>
        <translation>Einlösen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Progress of the claim</source>
        <translation>Fortschritt der Einlösung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prove</source>
        <translation>Beweisen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Claimed</source>
        <translation>Eingelöst</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Transaction %1 in block %2, fee %3 %4</source>
        <translation>Transaktion %1 in Block %2, Gebühr %3 %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fee paid: %1 %2</source>
        <translation>Gezahlte Gebühr: %1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Claims that failed</source>
        <translation>Fehlgeschlagene Einlösungen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clear</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the failed claim %1</source>
        <translation>Die fehlgeschlagene Einlösung %1 entfernen</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="+20"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The chain could not be read: %1</source>
        <translation>Die Chain konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The operator&apos;s server did not answer. Your balance and claims do not need it; the earnings breakdown will update when it is back.</source>
        <translation>Der Server des Betreibers hat nicht geantwortet. Ihr Guthaben und Ihre Einlösungen sind nicht auf ihn angewiesen; die Aufschlüsselung der Einnahmen wird aktualisiert, sobald er wieder erreichbar ist.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n payout(s) do not match the operator&apos;s report or the fair-share rule. See Earnings.</source>
        <translation>
            <numerusform>%n Auszahlung stimmt nicht mit dem Bericht des Betreibers oder der Fair-Share-Regel überein. Siehe Einnahmen.</numerusform>
            <numerusform>%n Auszahlungen stimmen nicht mit dem Bericht des Betreibers oder der Fair-Share-Regel überein. Siehe Einnahmen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A claim sent earlier is being followed: %1</source>
        <translation>Eine zuvor gesendete Einlösung wird verfolgt: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+188"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Recovered: check</source>
        <translation>Wiederhergestellt: bitte prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not registered</source>
        <translation>Nicht registriert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Claim…</source>
        <translation>Einlösen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Earned this month</source>
        <translation>Diesen Monat verdient</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last month: %1</source>
        <translation>Letzter Monat: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total earned</source>
        <translation>Insgesamt verdient</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Claimed: %1</source>
        <translation>Eingelöst: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cumulative earnings over time</source>
        <translation>Kumulierte Einnahmen im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last payout</source>
        <translation>Letzte Auszahlung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · cycle %2</source>
        <translation>%1 · Zyklus %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No payout yet</source>
        <translation>Noch keine Auszahlung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Latest cycle</source>
        <translation>Letzter Zyklus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cycle %1 · %2</source>
        <translation>Zyklus %1 · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payout pipeline of the latest cycle</source>
        <translation>Auszahlungsablauf des letzten Zyklus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics submitted</source>
        <translation>Metriken übermittelt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue calculated</source>
        <translation>Einnahmen berechnet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment queued</source>
        <translation>Zahlung eingereiht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earnings available</source>
        <translation>Einnahmen verfügbar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claimed</source>
        <translation>Eingelöst</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Balance checks</source>
        <translation>Guthabenprüfungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every refresh decrypts your balance and checks it against the encrypted balance the contract enforces. A check that gets worse is notified and logged in Activity.</source>
        <translation>Bei jeder Aktualisierung wird Ihr Guthaben entschlüsselt und mit dem verschlüsselten Guthaben abgeglichen, das im Vertrag maßgeblich ist. Fällt eine Prüfung schlechter aus als zuvor, werden Sie benachrichtigt, und sie wird unter Aktivität protokolliert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No check recorded yet.</source>
        <translation>Noch keine Prüfung aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Recovered by discrete log</source>
        <translation>Per diskretem Logarithmus wiederhergestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 · %2 · %n check(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n Prüfung</numerusform>
            <numerusform>%1 · %2 · %n Prüfungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../app/gui/format.cpp" line="+97"/>
        <source>under a second</source>
        <translation>unter einer Sekunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>EarningsPage</name>
    <message>
        <location filename="../qml/pages/EarningsPage.qml" line="+21"/>
        <source>Earnings</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every payout decrypted from the chain and checked against the operator&apos;s report.</source>
        <translation>Jede Auszahlung, von der Chain entschlüsselt und mit dem Bericht des Betreibers abgeglichen.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1, cycle %2</source>
        <translation>%1, Zyklus %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 USDC (total %3 USDC)</source>
        <translation>%1: %2 USDC (insgesamt %3 USDC)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the period: %1</source>
        <translation>Zeitraum anzeigen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>2026-11-01</source>
        <translation>2026-11-01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day of the period</source>
        <translation>Erster Tag des Zeitraums</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>2026-11-30</source>
        <translation>2026-11-30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the period</source>
        <translation>Letzter Tag des Zeitraums</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the custom period</source>
        <translation>Den benutzerdefinierten Zeitraum anzeigen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Statement…</source>
        <translation>Nachweis…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a verifiable statement of earnings</source>
        <translation>Einen prüfbaren Einnahmennachweis erstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export payouts</source>
        <translation>Auszahlungen exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported.</source>
        <translation>Exportiert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Chart of payouts over time and cumulative earnings</source>
        <translation>Diagramm der Auszahlungen im Zeitverlauf und der kumulierten Einnahmen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>USDC per payout</source>
        <translation>USDC pro Auszahlung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>USDC cumulative</source>
        <translation>USDC kumuliert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cumulative</source>
        <translation>Kumuliert</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+90"/>
        <source>No payouts in this period.</source>
        <translation>Keine Auszahlungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Chart of your calls, errors and average response time per cycle</source>
        <translation>Diagramm Ihrer Aufrufe, Fehler und mittleren Antwortzeit pro Zyklus</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Calls and errors</source>
        <translation>Aufrufe und Fehler</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ms average</source>
        <translation>ms im Mittel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Average response</source>
        <translation>Mittlere Antwortzeit</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The operator&apos;s server does not report usage for these cycles.</source>
        <translation>Der Server des Betreibers meldet für diese Zyklen keine Nutzung.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your calls / all</source>
        <translation>Ihre Aufrufe / alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (USDC)</source>
        <translation>Betrag (USDC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sort by %1</source>
        <translation>Nach %1 sortieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No payouts yet.</source>
        <translation>Noch keine Auszahlungen.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the transaction hash</source>
        <translation>Den Transaktions-Hash kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Explorer</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the transaction in the explorer</source>
        <translation>Die Transaktion im Explorer öffnen</translation>
    </message>
</context>
<context>
    <name>KeyStep</name>
    <message>
        <location filename="../qml/onboarding/KeyStep.qml" line="+17"/>
        <source>The auditor&apos;s wallet key</source>
        <translation>Der Wallet-Schlüssel des Prüfers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operator&apos;s wallet key</source>
        <translation>Der Wallet-Schlüssel des Betreibers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallet key</source>
        <translation>Wallet-Schlüssel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the wallet key of the auditor account %1. Its eERC key, derived from it, must be the auditor key of the contract: it decrypts the auditor&apos;s copy of every payout. It never leaves this computer.</source>
        <translation>Importieren Sie den Wallet-Schlüssel des Prüferkontos %1. Der daraus abgeleitete eERC-Schlüssel muss der Prüferschlüssel des Vertrags sein: Er entschlüsselt die Prüferkopie jeder Auszahlung. Der Wallet-Schlüssel verlässt diesen Computer nie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>(named by the network)</source>
        <translation>(vom Netzwerk vorgegeben)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Import the wallet key of the operator account %1, the account that sends the payouts. It never leaves this computer.</source>
        <translation>Importieren Sie den Wallet-Schlüssel des Betreiberkontos %1, also des Kontos, das die Auszahlungen sendet. Er verlässt diesen Computer nie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your wallet key signs your registration and claims; your eERC decryption key is derived from it. It never leaves this computer.</source>
        <translation>Ihr Wallet-Schlüssel signiert Ihre Registrierung und Ihre Einlösungen; Ihr eERC-Entschlüsselungsschlüssel wird daraus abgeleitet. Er verlässt diesen Computer nie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create a new key</source>
        <translation>Neuen Schlüssel erzeugen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>or import one:</source>
        <translation>oder einen importieren:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Private key, 64 hex digits</source>
        <translation>Privater Schlüssel, 64 Hex-Ziffern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key in hexadecimal</source>
        <translation>Privater Schlüssel in Hexadezimalschreibweise</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From file…</source>
        <translation>Aus Datei…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wallet key file</source>
        <translation>Wallet-Schlüsseldatei</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New key created</source>
        <translation>Neuer Schlüssel erzeugt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key checked against the network</source>
        <translation>Schlüssel mit dem Netzwerk abgeglichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key imported</source>
        <translation>Schlüssel importiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address %1</source>
        <translation>Adresse %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="+17"/>
        <location line="+214"/>
        <source>BackendShield</source>
        <extracomment>Main window title</extracomment>
        <translation>BackendShield</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earnings</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim</source>
        <translation>Einlösen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage servers</source>
        <translation>Nutzungsserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycles</source>
        <translation>Zyklen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>RPC node</source>
        <translation>RPC-Knoten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2</source>
        <extracomment>Network badge: network name and chain id</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No network</source>
        <translation>Kein Netzwerk</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Locks after the transaction</source>
        <translation>Sperrt nach der Transaktion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock now</source>
        <translation>Jetzt sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock now; the transaction is followed after the next unlock</source>
        <translation>Jetzt sperren; die Transaktion wird nach dem nächsten Entsperren weiterverfolgt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The transaction stays recorded and is followed to its end after the next unlock.</source>
        <translation>Die Transaktion bleibt gespeichert und wird nach dem nächsten Entsperren bis zu ihrem Abschluss verfolgt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amounts hidden</source>
        <translation>Beträge verborgen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide amounts</source>
        <translation>Beträge verbergen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mask every amount, e.g. for screen sharing (Ctrl+H)</source>
        <translation>Alle Beträge maskieren, z. B. bei Bildschirmfreigabe (Strg+H)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock the open profile</source>
        <translation>Das geöffnete Profil sperren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock %1 (Ctrl+L)</source>
        <translation>%1 sperren (Strg+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No profile is open</source>
        <translation>Kein Profil geöffnet</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../qml/components/Money.qml" line="+17"/>
        <source>Amount hidden</source>
        <translation>Betrag verborgen</translation>
    </message>
</context>
<context>
    <name>NetworkStep</name>
    <message>
        <location filename="../qml/onboarding/NetworkStep.qml" line="+17"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Operator server</source>
        <translation>Betreiberserver</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Operator server address</source>
        <translation>Adresse des Betreiberservers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RPC node (optional)</source>
        <translation>RPC-Knoten (optional)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the operator&apos;s RPC, or %1</source>
        <translation>der RPC des Betreibers oder %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the operator&apos;s RPC, or e.g. https://api.avax-test.network/ext/bc/C/rpc</source>
        <translation>der RPC des Betreibers oder z. B. https://api.avax-test.network/ext/bc/C/rpc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RPC node address</source>
        <translation>Adresse des RPC-Knotens</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allow plain http:// to another computer (unsafe)</source>
        <translation>Unverschlüsseltes http:// zu einem anderen Computer erlauben (unsicher)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (chain %2)</source>
        <translation>%1 (Chain %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RPC %1 · operator %2</source>
        <translation>RPC %1 · Betreiber %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payout token %1 · circuits: %2</source>
        <translation>Auszahlungstoken %1 · Schaltkreise: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>OnboardingView</name>
    <message>
        <location filename="../qml/views/OnboardingView.qml" line="+14"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Restore a profile</source>
        <translation>Ein Profil wiederherstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Back to unlock</source>
        <translation>Zurück zum Entsperren</translation>
    </message>
</context>
<context>
    <name>Operator</name>
    <message>
        <location filename="../app/gui/operator_cycle_detail_model.cpp" line="+54"/>
        <source>Cycle %1: %2, %3 of %4 transfers confirmed</source>
        <translation>Zyklus %1: %2, %3 von %4 Transfers bestätigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cycle %1: %2</source>
        <translation>Zyklus %1: %2</translation>
    </message>
    <message>
        <location line="+312"/>
        <source>Cycle %1 can no longer be retried; refresh the cycles.</source>
        <translation>Zyklus %1 kann nicht mehr wiederholt werden; aktualisieren Sie die Zyklen.</translation>
    </message>
    <message>
        <location filename="../app/gui/operator_link.cpp" line="+53"/>
        <source>%1 – %2 UTC</source>
        <extracomment>A distribution period: start – end, in UTC</extracomment>
        <translation>%1 – %2 UTC</translation>
    </message>
</context>
<context>
    <name>OperatorCycleView</name>
    <message>
        <location filename="../qml/components/OperatorCycleView.qml" line="+31"/>
        <source>Cycle %1</source>
        <translation>Zyklus %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>, done</source>
        <translation>, abgeschlossen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, in progress</source>
        <translation>, läuft</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server says: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distributed</source>
        <translation>Verteilt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dust kept</source>
        <translation>Einbehaltener Rundungsrest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow</source>
        <translation>Verfolgen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the cycle until it ends</source>
        <translation>Den Zyklus bis zu seinem Ende verfolgen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry the failed cycle: its period and pool again; confirmed transfers are not sent twice</source>
        <translation>Den fehlgeschlagenen Zyklus wiederholen: mit demselben Zeitraum und Pool; bestätigte Transfers werden nicht doppelt gesendet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transfers (%1 confirmed of %2)</source>
        <translation>Transfers (%1 von %2 bestätigt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No transfer yet.</source>
        <translation>Noch kein Transfer.</translation>
    </message>
</context>
<context>
    <name>OperatorCyclesPage</name>
    <message>
        <location filename="../qml/pages/OperatorCyclesPage.qml" line="+19"/>
        <location line="+164"/>
        <source>Cycles</source>
        <translation>Zyklen</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Distribution cycles: the pool of a period shared by the providers&apos; usage, paid in encrypted transfers.</source>
        <translation>Verteilungszyklen: Der Pool eines Zeitraums wird nach der Nutzung der Anbieter aufgeteilt und in verschlüsselten Transfers ausgezahlt.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the cycles again</source>
        <translation>Die Zyklen erneut lesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New cycle…</source>
        <translation>Neuer Zyklus…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a new distribution cycle</source>
        <translation>Einen neuen Verteilungszyklus starten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Chart of the pool and the number of providers per cycle</source>
        <translation>Diagramm des Pools und der Anzahl der Anbieter pro Zyklus</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pool (%1)</source>
        <translation>Pool (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cycle %1 (%2): %3 %4, %5 providers</source>
        <translation>Zyklus %1 (%2): %3 %4, %5 Anbieter</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No cycle yet.</source>
        <translation>Noch kein Zyklus.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Reading the cycles…</source>
        <translation>Zyklen werden gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cycle yet. Start one with “New cycle…”.</source>
        <translation>Noch kein Zyklus. Starten Sie einen mit „Neuer Zyklus…“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cycle %1, %2, %3</source>
        <translation>Zyklus %1, %2, %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 providers</source>
        <translation>%1 Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 transfers confirmed</source>
        <translation>%1 Transfers bestätigt</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Select a cycle to see its steps and transfers.</source>
        <translation>Wählen Sie einen Zyklus aus, um seine Schritte und Transfers zu sehen.</translation>
    </message>
</context>
<context>
    <name>OperatorNewCycleDialog</name>
    <message>
        <location filename="../qml/components/OperatorNewCycleDialog.qml" line="+21"/>
        <source>New cycle</source>
        <translation>Neuer Zyklus</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>From (UTC)</source>
        <translation>Von (UTC)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start of the period, included</source>
        <translation>Beginn des Zeitraums, einschließlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To (UTC)</source>
        <translation>Bis (UTC)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>End of the period, excluded</source>
        <translation>Ende des Zeitraums, ausschließlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pool (%1)</source>
        <translation>Pool (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pool in %1, at most %2 decimals</source>
        <translation>Pool in %1, höchstens %2 Dezimalstellen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Funding</source>
        <translation>Deckung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>eERC balance verified</source>
        <translation>eERC-Guthaben geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eERC balance recovered</source>
        <translation>eERC-Guthaben wiederhergestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no eERC key on chain</source>
        <translation>kein eERC-Schlüssel auf der Chain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount ciphertexts disagreed with the encrypted balance; the amount comes from the encrypted balance.</source>
        <translation>Die Betrags-Chiffretexte stimmten nicht mit dem verschlüsselten Guthaben überein; der Betrag stammt aus dem verschlüsselten Guthaben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>eERC %1 + wallet %2 − committed to running cycles %3 = available %4 %5</source>
        <translation>eERC %1 + Wallet %2 − gebunden in laufenden Zyklen %3 = verfügbar %4 %5</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read again</source>
        <translation>Erneut lesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the funding from the chain again</source>
        <translation>Die Deckung erneut von der Chain lesen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Preview (dry run)</source>
        <translation>Vorschau (Probelauf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the server what this cycle would pay; nothing is paid</source>
        <translation>Den Server fragen, was dieser Zyklus auszahlen würde; es wird nichts ausgezahlt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This period and pool retry the failed cycle %1: transfers it confirmed are not sent again.</source>
        <translation>Dieser Zeitraum und Pool wiederholen den fehlgeschlagenen Zyklus %1: Von ihm bestätigte Transfers werden nicht erneut gesendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No usage in this period: the cycle would pay nobody and be recorded as skipped.</source>
        <translation>Keine Nutzung in diesem Zeitraum: Der Zyklus würde niemanden bezahlen und als übersprungen verbucht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2 providers · %3 calls</source>
        <translation>%1 · %2 Anbieter · %3 Aufrufe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recomputed</source>
        <translation>Nachgerechnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>differs</source>
        <translation>weicht ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all dust: no transfer</source>
        <translation>nur Rundungsrest: kein Transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dust %1</source>
        <translation>Rundungsrest %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The eERC contract keeps %1 decimals: this part of the amount cannot be transferred and stays with the operator.</source>
        <translation>Der eERC-Vertrag speichert %1 Dezimalstellen: Dieser Teil des Betrags kann nicht übertragen werden und bleibt beim Betreiber.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sum</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing to pay</source>
        <translation>Nichts auszuzahlen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The amounts add up to the pool of %1 %2</source>
        <translation>Die Beträge ergeben zusammen den Pool von %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amounts do not add up to the pool of %1 %2</source>
        <translation>Die Beträge ergeben zusammen nicht den Pool von %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The eERC contract keeps %1 decimals, the token %2: %3 %4 of dust stays with the operator.</source>
        <translation>Der eERC-Vertrag speichert %1 Dezimalstellen, der Token %2: %3 %4 Rundungsrest bleiben beim Betreiber.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recomputed on this machine by the revenue rule: identical</source>
        <translation>Auf diesem Rechner nach der Einnahmenregel nachgerechnet: identisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recomputed on this machine: it differs from the server&apos;s</source>
        <translation>Auf diesem Rechner nachgerechnet: weicht vom Ergebnis des Servers ab</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Needs %1 %2 of the %3 %2 available.</source>
        <translation>Benötigt %1 %2 der verfügbaren %3 %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Retry cycle</source>
        <translation>Zyklus wiederholen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the previewed cycle: the server pays the providers</source>
        <translation>Den Zyklus aus der Vorschau starten: Der Server bezahlt die Anbieter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close; the cycle goes on on the server</source>
        <translation>Schließen; der Zyklus läuft auf dem Server weiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel; nothing is started</source>
        <translation>Abbrechen; es wird nichts gestartet</translation>
    </message>
</context>
<context>
    <name>OperatorProvidersPage</name>
    <message>
        <location filename="../qml/pages/OperatorProvidersPage.qml" line="+20"/>
        <location line="+100"/>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Approve registered providers, suspend or reinstate them; every change is signed with the operator key.</source>
        <translation>Registrierte Anbieter freigeben, aussetzen oder wieder zulassen; jede Änderung wird mit dem Betreiberschlüssel signiert.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+202"/>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Integrated</source>
        <translation>Integriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earning revenue</source>
        <translation>Erzielt Einnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show providers in state</source>
        <translation>Anbieter mit Status anzeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search name, id, address, API or email</source>
        <translation>Name, ID, Adresse, API oder E-Mail suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search providers</source>
        <translation>Anbieter suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the providers again</source>
        <translation>Die Anbieter erneut lesen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered at</source>
        <translation>Registriert am</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the providers…</source>
        <translation>Anbieter werden gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No provider has registered yet.</source>
        <translation>Bisher hat sich kein Anbieter registriert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No provider matches the filter.</source>
        <translation>Kein Anbieter entspricht dem Filter.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Select a provider to see its registration, usage and payouts.</source>
        <translation>Wählen Sie einen Anbieter aus, um seine Registrierung, Nutzung und Auszahlungen zu sehen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>eERC key registered on chain</source>
        <translation>eERC-Schlüssel auf der Chain registriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No eERC key on chain yet</source>
        <translation>Noch kein eERC-Schlüssel auf der Chain</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pricing</source>
        <translation>Preismodell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+126"/>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Approve %1: integrated into FlowMCP</source>
        <translation>%1 freigeben: in FlowMCP integriert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suspend…</source>
        <translation>Aussetzen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+76"/>
        <source>Suspend %1</source>
        <translation>%1 aussetzen</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Reinstate…</source>
        <translation>Wieder zulassen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+69"/>
        <source>Reinstate %1</source>
        <translation>%1 wieder zulassen</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Usage and payouts</source>
        <translation>Nutzung und Auszahlungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 cycle</source>
        <translation>1 Zyklus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cycles</source>
        <translation>%1 Zyklen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 calls · %2 %3 paid</source>
        <translation>%1 Aufrufe · %2 %3 ausgezahlt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No usage in any cycle yet.</source>
        <translation>Noch keine Nutzung in einem Zyklus.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 calls (%2) · %3 %4 · %5</source>
        <translation>%1 Aufrufe (%2) · %3 %4 · %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>paid</source>
        <translation>ausgezahlt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Approve %1</source>
        <translation>%1 freigeben</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The provider becomes integrated: FlowMCP routes calls to its API and it takes part in the next cycles.</source>
        <translation>Der Anbieter wird integriert: FlowMCP leitet Aufrufe an seine API weiter, und er nimmt an den nächsten Zyklen teil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A suspended provider takes no part in new cycles until it is reinstated. The reason is kept with the change.</source>
        <translation>Ein ausgesetzter Anbieter nimmt an neuen Zyklen nicht teil, bis er wieder zugelassen wird. Der Grund wird mit der Änderung gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider becomes registered again and needs an approval before it is paid.</source>
        <translation>Der Anbieter wird wieder registriert und benötigt eine Freigabe, bevor er bezahlt wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason (optional)</source>
        <translation>Grund (optional)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the change</source>
        <translation>Grund für die Änderung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Suspend</source>
        <translation>Aussetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reinstate</source>
        <translation>Wieder zulassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the change</source>
        <translation>Die Änderung abbrechen</translation>
    </message>
</context>
<context>
    <name>OperatorServersPage</name>
    <message>
        <location filename="../qml/pages/OperatorServersPage.qml" line="+18"/>
        <location line="+93"/>
        <source>Usage servers</source>
        <translation>Nutzungsserver</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>The FlowMCP servers that report usage; each sends its calls with its own token.</source>
        <translation>Die FlowMCP-Server, die Nutzung melden; jeder sendet seine Aufrufe mit seinem eigenen Token.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 active, %2 in all</source>
        <translation>%1 aktiv, %2 insgesamt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the usage servers again</source>
        <translation>Die Nutzungsserver erneut lesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New server…</source>
        <translation>Neuer Server…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create a usage server</source>
        <translation>Einen Nutzungsserver anlegen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the usage servers…</source>
        <translation>Nutzungsserver werden gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No usage server yet. Create one for each FlowMCP server that reports usage.</source>
        <translation>Noch kein Nutzungsserver. Legen Sie für jeden FlowMCP-Server, der Nutzung meldet, einen an.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revoke %1</source>
        <translation>%1 widerrufen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New usage server</source>
        <translation>Neuer Nutzungsserver</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server gets a token for submitting usage. It is shown once, right after creation.</source>
        <translation>Der Server erhält ein Token zum Übermitteln der Nutzung. Es wird nur einmal angezeigt, direkt nach dem Anlegen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name, e.g. flowmcp-eu-1</source>
        <translation>Name, z. B. flowmcp-eu-1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the usage server</source>
        <translation>Den Nutzungsserver anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+95"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Cancel creating a server</source>
        <translation>Das Anlegen des Servers abbrechen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Token of %1</source>
        <translation>Token von %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This token is shown only now. Copy it into the FlowMCP server&apos;s configuration; BackendShield does not keep it. If it is lost, revoke the server and create a new one.</source>
        <translation>Dieses Token wird nur jetzt angezeigt. Kopieren Sie es in die Konfiguration des FlowMCP-Servers; BackendShield speichert es nicht. Geht es verloren, widerrufen Sie den Server und legen Sie einen neuen an.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The new server&apos;s token (%1 characters)</source>
        <translation>Das Token des neuen Servers (%1 Zeichen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy the token to the clipboard</source>
        <translation>Das Token in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have stored it</source>
        <translation>Ich habe es gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close; the token is not shown again</source>
        <translation>Schließen; das Token wird nicht erneut angezeigt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Revoke %1?</source>
        <translation>%1 widerrufen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server %1 can no longer submit usage: its token is refused from now on. This cannot be undone; a new server gets a new token.</source>
        <translation>Der Server %1 kann keine Nutzung mehr übermitteln: Sein Token wird ab sofort abgewiesen. Dies kann nicht rückgängig gemacht werden; ein neuer Server erhält ein neues Token.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke the server</source>
        <translation>Den Server widerrufen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the server</source>
        <translation>Server behalten</translation>
    </message>
</context>
<context>
    <name>PassphraseStep</name>
    <message>
        <location filename="../qml/onboarding/PassphraseStep.qml" line="+16"/>
        <source>Protect it</source>
        <translation>Absichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>e.g. Acme Weather</source>
        <translation>z. B. Acme Weather</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase (at least 10 characters)</source>
        <translation>Passphrase (mindestens 10 Zeichen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Passphrase strength: %1</source>
        <translation>Stärke der Passphrase: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Confirm the passphrase</source>
        <translation>Die Passphrase bestätigen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The same passphrase again</source>
        <translation>Dieselbe Passphrase noch einmal</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create the encrypted vault</source>
        <translation>Den verschlüsselten Tresor anlegen</translation>
    </message>
</context>
<context>
    <name>Precision</name>
    <message>
        <location filename="../app/gui/format.cpp" line="-28"/>
        <source>Amounts in %1 with all %2 decimals; the contract keeps them exactly.</source>
        <translation>Beträge in %1 mit allen %2 Dezimalstellen; der Vertrag speichert sie exakt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amounts in %1 with all %2 decimals. This network&apos;s contract keeps %3 decimals: it counts in steps of %4 %1, and a payout below that stays with the contract as dust.</source>
        <translation>Beträge in %1 mit allen %2 Dezimalstellen. Der Vertrag dieses Netzwerks speichert %3 Dezimalstellen: Er zählt in Schritten von %4 %1, und eine Auszahlung darunter verbleibt als Rundungsrest beim Vertrag.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../app/gui/task_progress.cpp" line="+13"/>
        <source>Connecting to the node</source>
        <translation>Verbindung zum Knoten wird hergestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the chain</source>
        <translation>Chain wird gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decrypting the balance</source>
        <translation>Guthaben wird entschlüsselt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scanning payouts</source>
        <translation>Auszahlungen werden gesucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking the operator&apos;s server</source>
        <translation>Server des Betreibers wird abgefragt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking circuit files: %1</source>
        <translation>Schaltkreisdateien werden geprüft: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the %1 circuit</source>
        <translation>Schaltkreis %1 wird geladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Following the claim sent earlier</source>
        <translation>Zuvor gesendete Einlösung wird verfolgt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the balance</source>
        <translation>Guthaben wird gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generating proof %1 %</source>
        <translation>Beweis wird erzeugt: %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking with the node</source>
        <translation>Abgleich mit dem Knoten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending the transaction</source>
        <translation>Transaktion wird gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for confirmations %1 of %2</source>
        <translation>Warten auf Bestätigungen: %1 von %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/claim_model.cpp" line="+283"/>
        <source>Balance re-read from the chain</source>
        <translation>Guthaben erneut von der Chain gelesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount allowed by the decimals rule</source>
        <translation>Betrag nach der Dezimalstellenregel zulässig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dry run of the proof passed</source>
        <translation>Probelauf des Beweises bestanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network fee</source>
        <translation>Netzwerkgebühr</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 will arrive in your wallet</source>
        <translation>%1 %2 werden Ihrem Wallet gutgeschrieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gas estimate %1</source>
        <translation>Gas-Schätzung %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>at most %1 %2</source>
        <translation>höchstens %1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/earnings_model.cpp" line="+66"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Calls: %1 · Out: %2 · Average response: %3 · Errors: %4</source>
        <translation>Aufrufe: %1 · Ausgehend: %2 · Mittlere Antwortzeit: %3 · Fehler: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not in the operator&apos;s report</source>
        <translation>Nicht im Bericht des Betreibers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fair share</source>
        <translation>Fairer Anteil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discrepancy</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stated amount differs</source>
        <translation>Angegebener Betrag weicht ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not on chain</source>
        <translation>Nicht auf der Chain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location filename="../app/gui/onboarding.cpp" line="+295"/>
        <source>Checking the RPC node</source>
        <translation>RPC-Knoten wird geprüft</translation>
    </message>
    <message>
        <location filename="../app/gui/secretfield.cpp" line="+158"/>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use at least 10 characters.</source>
        <translation>Verwenden Sie mindestens 10 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This passphrase is easy to guess: make it longer, or use a few unrelated words.</source>
        <translation>Diese Passphrase ist leicht zu erraten: Machen Sie sie länger, oder verwenden Sie einige voneinander unabhängige Wörter.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <location filename="../qml/pages/RegistrationPage.qml" line="+28"/>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State with the operator: %1</source>
        <translation>Status beim Betreiber: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>With the operator</source>
        <translation>Beim Betreiber</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Contact email</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>API name</source>
        <translation>API-Name</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Weather</source>
        <translation>Wetter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>News</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AI</source>
        <translation>KI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Pricing</source>
        <translation>Preismodell</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>Kostenpflichtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This profile has no operator server.</source>
        <translation>Dieses Profil hat keinen Betreiberserver.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update registration</source>
        <translation>Registrierung aktualisieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Register with the operator</source>
        <translation>Beim Betreiber registrieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Provider id %1</source>
        <translation>Anbieter-ID %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>On chain</source>
        <translation>Auf der Chain</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key registered</source>
        <translation>Schlüssel registriert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not registered</source>
        <translation>Nicht registriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from the eERC registrar contract.</source>
        <translation>Aus dem eERC-Registrar-Vertrag gelesen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registering publishes your eERC public key with a zero-knowledge proof that you hold its private key. Payouts can only reach a registered key.</source>
        <translation>Die Registrierung veröffentlicht Ihren öffentlichen eERC-Schlüssel mit einem Zero-Knowledge-Beweis, dass Sie den zugehörigen privaten Schlüssel besitzen. Auszahlungen können nur einen registrierten Schlüssel erreichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Register on chain</source>
        <translation>Auf der Chain registrieren</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../qml/auditor/ReportsPage.qml" line="+22"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your saved verification runs, each signed with your wallet key. Export them for others, or check a report someone sent you.</source>
        <translation>Ihre gespeicherten Prüfläufe, jeweils mit Ihrem Wallet-Schlüssel signiert. Exportieren Sie sie für andere, oder prüfen Sie einen Bericht, den Ihnen jemand geschickt hat.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the saved runs again</source>
        <translation>Die gespeicherten Prüfläufe erneut lesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check a report…</source>
        <translation>Bericht prüfen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the signature and the sums of a report file</source>
        <translation>Die Signatur und die Summen einer Berichtsdatei prüfen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved verification runs</source>
        <translation>Gespeicherte Prüfläufe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the saved runs…</source>
        <translation>Gespeicherte Prüfläufe werden gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No run yet. Run a verification on the Verify page; it is saved here.</source>
        <translation>Noch kein Prüflauf. Starten Sie eine Prüfung auf der Seite „Prüfen“; sie wird hier gespeichert.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Run %1 · %2</source>
        <translation>Prüflauf %1 · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operator&apos;s report not received</source>
        <translation>Bericht des Betreibers nicht erhalten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open run %1 on the Verify page</source>
        <translation>Prüflauf %1 auf der Seite „Prüfen“ öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export run %1 as the signed JSON report</source>
        <translation>Prüflauf %1 als signierten JSON-Bericht exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export run %1 as CSV</source>
        <translation>Prüflauf %1 als CSV exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export run %1 as a PDF statement</source>
        <translation>Prüflauf %1 als PDF-Dokument exportieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export the run</source>
        <translation>Den Prüflauf exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a report (JSON)</source>
        <translation>Einen Bericht wählen (JSON)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports (*.json)</source>
        <translation>Berichte (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>RestoreStep</name>
    <message>
        <location filename="../qml/onboarding/RestoreStep.qml" line="+24"/>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup file holds the keys and the profile of a vault. It becomes a new profile on this computer with a new passphrase; the backup stays as it is.</source>
        <translation>Eine Sicherungsdatei enthält die Schlüssel und das Profil eines Tresors. Daraus wird ein neues Profil auf diesem Computer mit einer neuen Passphrase; die Sicherung selbst bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the backup file…</source>
        <translation>Sicherungsdatei wählen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup file</source>
        <translation>Die Sicherungsdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BackendShield backups (*.bsbackup)</source>
        <translation>BackendShield-Sicherungen (*.bsbackup)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup&apos;s passphrase</source>
        <translation>Die Passphrase der Sicherung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase the backup was saved with</source>
        <translation>Die Passphrase, mit der die Sicherung gespeichert wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup passphrase</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Acme Weather</source>
        <translation>z. B. Acme Weather</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the restored profile</source>
        <translation>Name des wiederhergestellten Profils</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New vault passphrase (at least 10 characters)</source>
        <translation>Neue Tresor-Passphrase (mindestens 10 Zeichen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New vault passphrase</source>
        <translation>Neue Tresor-Passphrase</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The same passphrase again</source>
        <translation>Dieselbe Passphrase noch einmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the new passphrase</source>
        <translation>Die neue Passphrase bestätigen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore and open</source>
        <translation>Wiederherstellen und öffnen</translation>
    </message>
</context>
<context>
    <name>RoleStep</name>
    <message>
        <location filename="../qml/onboarding/RoleStep.qml" line="+11"/>
        <source>What do you do?</source>
        <translation>Was ist Ihre Aufgabe?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provider: I run an API and get paid for its usage</source>
        <translation>Anbieter: Ich betreibe eine API und werde für ihre Nutzung bezahlt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auditor: I check the operator&apos;s totals with the auditor key</source>
        <translation>Prüfer: Ich prüfe die Summen des Betreibers mit dem Prüferschlüssel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Operator: I run distributions from the operator&apos;s account</source>
        <translation>Betreiber: Ich führe Verteilungen über das Betreiberkonto aus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You will import the wallet key of that account; it is checked against the network before the vault is made.</source>
        <translation>Sie importieren den Wallet-Schlüssel dieses Kontos; er wird mit dem Netzwerk abgeglichen, bevor der Tresor angelegt wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <location filename="../qml/components/SecretInput.qml" line="+20"/>
        <source>Hidden text; only its length is shown</source>
        <translation>Verborgener Text; nur seine Länge wird angezeigt</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="+12"/>
        <source>Settings</source>
        <extracomment>Page heading for application settings</extracomment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles, security and appearance.</source>
        <translation>Profile, Sicherheit und Darstellung.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No profile is open. A profile holds one wallet, its role and its network, in an encrypted vault on this computer.</source>
        <translation>Kein Profil geöffnet. Ein Profil enthält ein Wallet, seine Rolle und sein Netzwerk in einem verschlüsselten Tresor auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (chain %2)</source>
        <translation>%1 (Chain %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RPC node</source>
        <translation>RPC-Knoten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator server</source>
        <translation>Betreiberserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>as the contracts state it</source>
        <translation>wie von den Verträgen angegeben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup and passphrase</source>
        <translation>Sicherung und Passphrase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An encrypted backup holds the wallet key and the eERC key. Keep it away from this computer.</source>
        <translation>Eine verschlüsselte Sicherung enthält den Wallet-Schlüssel und den eERC-Schlüssel. Bewahren Sie sie getrennt von diesem Computer auf.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Backup passphrase</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back up now…</source>
        <translation>Jetzt sichern…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the backup</source>
        <translation>Die Sicherung speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change the passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New passphrase (at least 10 characters)</source>
        <translation>Neue Passphrase (mindestens 10 Zeichen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New passphrase again</source>
        <translation>Neue Passphrase noch einmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the new passphrase</source>
        <translation>Die neue Passphrase bestätigen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backup saved to %1</source>
        <translation>Sicherung gespeichert unter %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase changed.</source>
        <translation>Passphrase geändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock after idle time (minutes)</source>
        <translation>Sperren nach Leerlauf (Minuten)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lock after idle time in minutes</source>
        <translation>Sperren nach Leerlauf in Minuten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start with amounts hidden</source>
        <translation>Mit verborgenen Beträgen starten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Theme: %1</source>
        <translation>Farbschema: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+24"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>System language</source>
        <extracomment>Use the operating system&apos;s language</extracomment>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../qml/components/StatementDialog.qml" line="+23"/>
        <source>Statement of earnings</source>
        <translation>Einnahmennachweis</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Proves each payout of the period without revealing your key: a PDF to read and a JSON file that anyone can check against the chain.</source>
        <translation>Belegt jede Auszahlung des Zeitraums, ohne Ihren Schlüssel preiszugeben: ein PDF zum Lesen und eine JSON-Datei, die jeder mit der Chain abgleichen kann.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From (first day)</source>
        <translation>Von (erster Tag)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First day of the period</source>
        <translation>Erster Tag des Zeitraums</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To (last day)</source>
        <translation>Bis (letzter Tag)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last day of the period</source>
        <translation>Letzter Tag des Zeitraums</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder for the statement files</source>
        <translation>Den Ordner für die Nachweisdateien wählen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter both days as YYYY-MM-DD, the first not after the last.</source>
        <translation>Geben Sie beide Tage als JJJJ-MM-TT ein, den ersten nicht nach dem letzten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make statement</source>
        <translation>Nachweis erstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the statement</source>
        <translation>Den Nachweis erstellen</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n payout(s), %1, written to %2 and %3. Check the JSON with: bshield statement check --in &lt;file&gt; --rpc &lt;node&gt;</source>
        <translation>
            <numerusform>%n Auszahlung, %1, in %2 und %3 geschrieben. Prüfen Sie das JSON mit: bshield statement check --in &lt;file&gt; --rpc &lt;node&gt;</numerusform>
            <numerusform>%n Auszahlungen, %1, in %2 und %3 geschrieben. Prüfen Sie das JSON mit: bshield statement check --in &lt;file&gt; --rpc &lt;node&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The statement could not be made: %1</source>
        <translation>Der Nachweis konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder for the statement</source>
        <translation>Ordner für den Nachweis</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../qml/components/Stepper.qml" line="+39"/>
        <source>%1: done</source>
        <translation>%1: abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: failed</source>
        <translation>%1: fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: in progress</source>
        <translation>%1: läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: ahead</source>
        <translation>%1: ausstehend</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <location filename="../qml/components/TaskStatus.qml" line="+40"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel %1</source>
        <translation>%1 abbrechen</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../qml/views/UnlockView.qml" line="+43"/>
        <source>Unlock BackendShield</source>
        <translation>BackendShield entsperren</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forgot the passphrase? Add the profile again and import your wallet key (or restore a backup with bshield vault restore): your eERC key is derived from the wallet key.</source>
        <translation>Passphrase vergessen? Fügen Sie das Profil erneut hinzu und importieren Sie Ihren Wallet-Schlüssel (oder stellen Sie eine Sicherung mit bshield vault restore wieder her): Ihr eERC-Schlüssel wird aus dem Wallet-Schlüssel abgeleitet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add a profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../qml/auditor/VerifyPage.qml" line="+26"/>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the operator&apos;s reported distributions against what the chain shows, decrypted with your auditor key.</source>
        <translation>Die gemeldeten Verteilungen des Betreibers mit dem abgleichen, was die Chain zeigt, entschlüsselt mit Ihrem Prüferschlüssel.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period to verify</source>
        <translation>Zu prüfender Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every cycle so far</source>
        <translation>Alle bisherigen Zyklen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom dates…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cycle %1 · %2</source>
        <translation>Zyklus %1 · %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From 2026-11-01</source>
        <translation>Ab 2026-11-01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start of the period, UTC</source>
        <translation>Beginn des Zeitraums, UTC</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To 2026-11-30</source>
        <translation>Bis 2026-11-30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the period, UTC</source>
        <translation>Letzter Tag des Zeitraums, UTC</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run verification</source>
        <translation>Prüfung starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the verification of the chosen period</source>
        <translation>Die Prüfung des gewählten Zeitraums starten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The operator&apos;s report could not be read (%1). The payouts the chain shows are listed below.</source>
        <translation>Der Bericht des Betreibers konnte nicht gelesen werden (%1). Die Auszahlungen, die die Chain zeigt, sind unten aufgeführt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operator&apos;s report could not be fetched (%1). The payouts the chain shows are listed below.</source>
        <translation>Der Bericht des Betreibers konnte nicht abgerufen werden (%1). Die Auszahlungen, die die Chain zeigt, sind unten aufgeführt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clean</source>
        <translation>Ohne Befund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 high · %2 medium · %3 low</source>
        <translation>%1 hoch · %2 mittel · %3 niedrig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run %1, signed with your wallet key and saved</source>
        <translation>Prüflauf %1, mit Ihrem Wallet-Schlüssel signiert und gespeichert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reported %1 · decrypted %2 %3</source>
        <translation>Gemeldet %1 · entschlüsselt %2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paid outside the report: %1 %2</source>
        <translation>Außerhalb des Berichts ausgezahlt: %1 %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Chart of the reported and the decrypted total per cycle</source>
        <translation>Diagramm der gemeldeten und der entschlüsselten Summe pro Zyklus</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+79"/>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+78"/>
        <source>Decrypted</source>
        <translation>Entschlüsselt</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Cycle %1: reported %2, decrypted %3 %4</source>
        <translation>Zyklus %1: gemeldet %2, entschlüsselt %3 %4</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report lists no cycle.</source>
        <translation>Der Bericht führt keinen Zyklus auf.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run a verification to see the cycles.</source>
        <translation>Starten Sie eine Prüfung, um die Zyklen zu sehen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cycles (%1)</source>
        <translation>Zyklen (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payouts of cycle %1 (%2)</source>
        <translation>Auszahlungen von Zyklus %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payouts (%1)</source>
        <translation>Auszahlungen (%1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cycles, reported against the chain</source>
        <translation>Zyklen: Bericht im Abgleich mit der Chain</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reported count</source>
        <translation>Anzahl gemeldet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found count</source>
        <translation>Anzahl gefunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No cycle to show.</source>
        <translation>Kein Zyklus anzuzeigen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cycle %1: reported %2 in %3 transfers, decrypted %4 in %5; %6. Show its payouts</source>
        <translation>Zyklus %1: gemeldet %2 in %3 Transfers, entschlüsselt %4 in %5; %6. Seine Auszahlungen anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>matches</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Matches</source>
        <translation>Stimmt überein</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No finding: the chain confirms the report.</source>
        <translation>Kein Befund: Die Chain bestätigt den Bericht.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No run yet.</source>
        <translation>Noch kein Prüflauf.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+110"/>
        <source>cycle %1</source>
        <translation>Zyklus %1</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Copy tx</source>
        <translation>Tx kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the transaction hash %1</source>
        <translation>Den Transaktions-Hash %1 kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+38"/>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Show the payouts of cycle %1</source>
        <translation>Die Auszahlungen von Zyklus %1 anzeigen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Payouts of cycle %1</source>
        <translation>Auszahlungen von Zyklus %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the payouts of every cycle</source>
        <translation>Die Auszahlungen aller Zyklen anzeigen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No payout to show.</source>
        <translation>Keine Auszahlung anzuzeigen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Payout in block %1 to %2; copy its transaction hash</source>
        <translation>Auszahlung in Block %1 an %2; ihren Transaktions-Hash kopieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>log %1</source>
        <translation>Log %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Block %1 · %2 · to %3</source>
        <translation>Block %1 · %2 · an %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>earlier period, cycle %1</source>
        <translation>früherer Zeitraum, Zyklus %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not in the report</source>
        <translation>nicht im Bericht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not decrypted</source>
        <translation>nicht entschlüsselt</translation>
    </message>
</context>
<context>
    <name>WelcomeStep</name>
    <message>
        <location filename="../qml/onboarding/WelcomeStep.qml" line="+13"/>
        <source>Welcome to BackendShield</source>
        <translation>Willkommen bei BackendShield</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your payouts arrive as encrypted eERC transfers: nobody else sees what you earn. This app keeps your keys on this computer, decrypts and checks every payout, and claims your balance to USDC whenever you like, even when the operator&apos;s server is down.</source>
        <translation>Ihre Auszahlungen kommen als verschlüsselte eERC-Transfers an: Niemand sonst sieht, was Sie verdienen. Diese App bewahrt Ihre Schlüssel auf diesem Computer auf, entschlüsselt und prüft jede Auszahlung und löst Ihr Guthaben in USDC ein, wann immer Sie möchten, auch wenn der Server des Betreibers nicht erreichbar ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Get started</source>
        <translation>Loslegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore from a backup…</source>
        <translation>Aus einer Sicherung wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../core/audit/canonical_json.cpp" line="+69"/>
        <source>a report member is given twice: %1</source>
        <translation>ein Element des Berichts ist doppelt angegeben: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the report holds a number that is not an integer below 2^53, which has no canonical form</source>
        <translation>der Bericht enthält eine Zahl, die keine ganze Zahl unter 2^53 ist und daher keine kanonische Form hat</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the report holds a value that has no canonical form</source>
        <translation>der Bericht enthält einen Wert, der keine kanonische Form hat</translation>
    </message>
    <message>
        <location filename="../core/audit/events.h" line="+27"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the auditor&apos;s cache in the vault is damaged (event at block %1, log %2); it is rebuilt from the chain by the next verification.</source>
        <translation>der Cache des Prüfers im Tresor ist beschädigt (Ereignis in Block %1, Log %2); er wird bei der nächsten Prüfung aus der Chain neu aufgebaut.</translation>
    </message>
    <message>
        <location filename="../core/audit/reconcile.cpp" line="+173"/>
        <source>The operator&apos;s report counts in units of %1 decimals, but the token on chain has %2; its amounts were read as the token&apos;s units.</source>
        <translation>Der Bericht des Betreibers rechnet in Einheiten mit %1 Dezimalstellen, der Token auf der Chain hat aber %2; seine Beträge wurden als Einheiten des Tokens gelesen.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The report lists transfer %1 log %2 more than once (cycle %3)</source>
        <translation>Der Bericht führt Transfer %1 Log %2 mehrfach auf (Zyklus %3)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The report lists transfer %1 as paid to %2, but on chain it paid %3 (cycle %4)</source>
        <translation>Der Bericht führt Transfer %1 als Zahlung an %2 auf, auf der Chain ging er aber an %3 (Zyklus %4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The report places transfer %1 in block %2, but it is in block %3 (cycle %4)</source>
        <translation>Der Bericht verortet Transfer %1 in Block %2, er liegt aber in Block %3 (Zyklus %4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The report lists transfer %1 log %2, which is not among the operator&apos;s payouts on chain (not looked up further: too many) (cycle %3)</source>
        <translation>Der Bericht führt Transfer %1 Log %2 auf, der nicht zu den Auszahlungen des Betreibers auf der Chain gehört (nicht weiter nachgeschlagen: zu viele) (Zyklus %3)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The report lists transfer %1 log %2, but that transfer was sent by %3, not by the operator (cycle %4)</source>
        <translation>Der Bericht führt Transfer %1 Log %2 auf, dieser Transfer wurde aber von %3 gesendet, nicht vom Betreiber (Zyklus %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report lists transfer %1 log %2, but that transfer was sent by another account, not by the operator (cycle %3)</source>
        <translation>Der Bericht führt Transfer %1 Log %2 auf, dieser Transfer wurde aber von einem anderen Konto gesendet, nicht vom Betreiber (Zyklus %3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The report lists transfer %1 log %2, made after the blocks this verification read; run it again to include it (cycle %3)</source>
        <translation>Der Bericht führt Transfer %1 Log %2 auf, der nach den von dieser Prüfung gelesenen Blöcken erfolgte; führen Sie die Prüfung erneut aus, um ihn einzubeziehen (Zyklus %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report lists transfer %1 log %2, but that log of the transaction is not an eERC transfer (cycle %3)</source>
        <translation>Der Bericht führt Transfer %1 Log %2 auf, dieses Log der Transaktion ist aber kein eERC-Transfer (Zyklus %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report lists transfer %1 log %2, but no such transaction is on chain (cycle %3)</source>
        <translation>Der Bericht führt Transfer %1 Log %2 auf, eine solche Transaktion gibt es auf der Chain aber nicht (Zyklus %3)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The report&apos;s transferCount is %1 but it lists %2 transfers (cycle %3)</source>
        <translation>Der transferCount des Berichts ist %1, er führt aber %2 Transfers auf (Zyklus %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The report claims %1 transfers; %2 of those listed are the operator&apos;s payouts on chain (cycle %3)</source>
        <translation>Der Bericht gibt %1 Transfers an; %2 der aufgeführten sind Auszahlungen des Betreibers auf der Chain (Zyklus %3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report claims %1 of dust, but this eERC carries every unit of the token, so nothing can be dust (cycle %2)</source>
        <translation>Der Bericht gibt %1 Rundungsrest an, dieser eERC führt aber jede Einheit des Tokens, daher kann es keinen Rundungsrest geben (Zyklus %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The report claims %1 distributed; the listed transfers carried %2 (cycle %3)</source>
        <translation>Der Bericht gibt %1 als verteilt an; die aufgeführten Transfers umfassten %2 (Zyklus %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report claims %1 distributed; the listed transfers carried %2 and more that could not be decrypted (cycle %3)</source>
        <translation>Der Bericht gibt %1 als verteilt an; die aufgeführten Transfers umfassten %2 und weitere Beträge, die nicht entschlüsselt werden konnten (Zyklus %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The listed transfers carried %1, more than the pool of %2 (cycle %3)</source>
        <translation>Die aufgeführten Transfers umfassten %1, mehr als der Pool von %2 (Zyklus %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report claims %1 distributed and %2 of dust, more than the pool of %3 (cycle %4)</source>
        <translation>Der Bericht gibt %1 als verteilt und %2 Rundungsrest an, mehr als der Pool von %3 (Zyklus %4)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The report&apos;s grand total (%1, %2 transfers) is not the sum of its cycles (%3, %4 transfers).</source>
        <translation>Die Gesamtsumme des Berichts (%1, %2 Transfers) ist nicht die Summe seiner Zyklen (%3, %4 Transfers).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report claims %1 distributed in the period; its listed transfers carried %2.</source>
        <translation>Der Bericht gibt %1 als im Zeitraum verteilt an; seine aufgeführten Transfers umfassten %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report claims %1 transfers in the period; %2 of those listed are the operator&apos;s payouts on chain.</source>
        <translation>Der Bericht gibt %1 Transfers im Zeitraum an; %2 der aufgeführten sind Auszahlungen des Betreibers auf der Chain.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The report lists deposit %1 more than once.</source>
        <translation>Der Bericht führt Einzahlung %1 mehrfach auf.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The report lists deposit %1 of %2, but the operator made no deposit in that transaction.</source>
        <translation>Der Bericht führt Einzahlung %1 über %2 auf, der Betreiber hat in dieser Transaktion aber nichts eingezahlt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report lists deposit %1 as %2, but it deposited %3.</source>
        <translation>Der Bericht führt Einzahlung %1 mit %2 auf, eingezahlt wurden aber %3.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The payout %1 names %2 as its auditor, but the contract&apos;s auditor at that point was %3.</source>
        <translation>Die Auszahlung %1 nennt %2 als ihren Prüfer, der Prüfer des Vertrags war zu diesem Zeitpunkt aber %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The withdraw %1 names %2 as its auditor, but the contract&apos;s auditor at that point was %3.</source>
        <translation>Die Abhebung %1 nennt %2 als ihren Prüfer, der Prüfer des Vertrags war zu diesem Zeitpunkt aber %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The burn %1 names %2 as its auditor, but the contract&apos;s auditor at that point was %3.</source>
        <translation>Die Verbrennung %1 nennt %2 als ihren Prüfer, der Prüfer des Vertrags war zu diesem Zeitpunkt aber %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The payout %1 names %2 as its auditor, but the contract&apos;s auditor at that point was not set yet.</source>
        <translation>Die Auszahlung %1 nennt %2 als ihren Prüfer, zu diesem Zeitpunkt war aber noch kein Prüfer des Vertrags festgelegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The withdraw %1 names %2 as its auditor, but the contract&apos;s auditor at that point was not set yet.</source>
        <translation>Die Abhebung %1 nennt %2 als ihren Prüfer, zu diesem Zeitpunkt war aber noch kein Prüfer des Vertrags festgelegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The burn %1 names %2 as its auditor, but the contract&apos;s auditor at that point was not set yet.</source>
        <translation>Die Verbrennung %1 nennt %2 als ihren Prüfer, zu diesem Zeitpunkt war aber noch kein Prüfer des Vertrags festgelegt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The auditor ciphertext of payout %1 does not decrypt under this auditor&apos;s key although it names this auditor; its amount cannot be verified.</source>
        <translation>Der Prüfer-Chiffretext der Auszahlung %1 lässt sich mit dem Schlüssel dieses Prüfers nicht entschlüsseln, obwohl er diesen Prüfer nennt; ihr Betrag kann nicht überprüft werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The auditor ciphertext of withdraw %1 does not decrypt under this auditor&apos;s key although it names this auditor; its amount cannot be verified.</source>
        <translation>Der Prüfer-Chiffretext der Abhebung %1 lässt sich mit dem Schlüssel dieses Prüfers nicht entschlüsseln, obwohl er diesen Prüfer nennt; ihr Betrag kann nicht überprüft werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The auditor ciphertext of burn %1 does not decrypt under this auditor&apos;s key although it names this auditor; its amount cannot be verified.</source>
        <translation>Der Prüfer-Chiffretext der Verbrennung %1 lässt sich mit dem Schlüssel dieses Prüfers nicht entschlüsseln, obwohl er diesen Prüfer nennt; ihr Betrag kann nicht überprüft werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The auditor ciphertext of payout %1 was made for %2 (another auditor&apos;s epoch); its amount cannot be verified with this key.</source>
        <translation>Der Prüfer-Chiffretext der Auszahlung %1 wurde für %2 erstellt (die Epoche eines anderen Prüfers); ihr Betrag kann mit diesem Schlüssel nicht überprüft werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The auditor ciphertext of withdraw %1 was made for %2 (another auditor&apos;s epoch); its amount cannot be verified with this key.</source>
        <translation>Der Prüfer-Chiffretext der Abhebung %1 wurde für %2 erstellt (die Epoche eines anderen Prüfers); ihr Betrag kann mit diesem Schlüssel nicht überprüft werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The auditor ciphertext of burn %1 was made for %2 (another auditor&apos;s epoch); its amount cannot be verified with this key.</source>
        <translation>Der Prüfer-Chiffretext der Verbrennung %1 wurde für %2 erstellt (die Epoche eines anderen Prüfers); ihr Betrag kann mit diesem Schlüssel nicht überprüft werden.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The operator paid %1 to %2 in transaction %3, and the report does not list it.</source>
        <translation>Der Betreiber hat %1 an %2 in Transaktion %3 gezahlt, doch der Bericht führt dies nicht auf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The operator paid an amount to %1 in transaction %2, and the report does not list it.</source>
        <translation>Der Betreiber hat einen Betrag an %1 in Transaktion %2 gezahlt, doch der Bericht führt dies nicht auf.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The operator&apos;s withdraw %1 states %2 but its auditor ciphertext holds %3.</source>
        <translation>Die Abhebung %1 des Betreibers gibt %2 an, ihr Prüfer-Chiffretext enthält aber %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The operator&apos;s withdraw %1 states %2 units but its auditor ciphertext holds %3 units.</source>
        <translation>Die Abhebung %1 des Betreibers gibt %2 Einheiten an, ihr Prüfer-Chiffretext enthält aber %3 Einheiten.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The operator deposited %1 in transaction %2, and the report does not list it.</source>
        <translation>Der Betreiber hat %1 in Transaktion %2 eingezahlt, doch der Bericht führt dies nicht auf.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 received %2 payout but has no key in the eERC registrar.</source>
        <translation>%1 hat %2 Auszahlung erhalten, hat aber keinen Schlüssel im eERC-Registrar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 received %2 payouts but has no key in the eERC registrar.</source>
        <translation>%1 hat %2 Auszahlungen erhalten, hat aber keinen Schlüssel im eERC-Registrar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 received %2 payout but is not one of the operator&apos;s providers.</source>
        <translation>%1 hat %2 Auszahlung erhalten, ist aber keiner der Anbieter des Betreibers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 received %2 payouts but is not one of the operator&apos;s providers.</source>
        <translation>%1 hat %2 Auszahlungen erhalten, ist aber keiner der Anbieter des Betreibers.</translation>
    </message>
    <message>
        <location filename="../core/audit/report.cpp" line="+255"/>
        <source>the report has an invalid %1 (expected %2); it is not a BackendShield audit report of this version, or it was changed.</source>
        <translation>der Bericht hat einen ungültigen Wert für %1 (erwartet: %2); er ist kein BackendShield-Prüfbericht dieser Version, oder er wurde verändert.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a decimal string or null</source>
        <translation>eine Dezimalzeichenkette oder null</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a value (null where the schema allows it)</source>
        <translation>ein Wert (null, wo das Schema es erlaubt)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a block at or after from</source>
        <translation>ein Block bei oder nach from</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>high, medium or low</source>
        <translation>high, medium oder low</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>decrypted or undecryptable</source>
        <translation>decrypted oder undecryptable</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cycle, earlier-period or unreported</source>
        <translation>cycle, earlier-period oder unreported</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>amounts exactly when the PCT decrypted</source>
        <translation>Beträge genau dann, wenn der PCT entschlüsselt wurde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a cycle id exactly when the payout is attributed to one</source>
        <translation>eine Zyklus-ID genau dann, wenn die Auszahlung einem Zyklus zugeordnet ist</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>withdraw, burn or deposit</source>
        <translation>withdraw, burn oder deposit</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>ok or findings</source>
        <translation>ok oder findings</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>clean or findings</source>
        <translation>clean oder findings</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>received, unavailable or malformed</source>
        <translation>received, unavailable oder malformed</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the amount in eERC units</source>
        <translation>der Betrag in eERC-Einheiten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the counts of the findings listed</source>
        <translation>die Anzahlen der aufgeführten Befunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clean exactly when no finding is listed</source>
        <translation>clean genau dann, wenn kein Befund aufgeführt ist</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>0x followed by 130 hex digits</source>
        <translation>0x gefolgt von 130 Hexadezimalziffern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the report is larger than %1 MiB; it is not a report this program wrote.</source>
        <translation>der Bericht ist größer als %1 MiB; er ist kein von diesem Programm erstellter Bericht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the report&apos;s amountDecimals does not add up; it was changed after it was made.</source>
        <translation>amountDecimals des Berichts ist nicht stimmig; der Bericht wurde nach seiner Erstellung verändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the report&apos;s list of payouts (one payout is listed twice), which does not add up; it was changed after it was made.</source>
        <translation>die Liste der Auszahlungen des Berichts (eine Auszahlung ist doppelt aufgeführt) ist nicht stimmig; der Bericht wurde nach seiner Erstellung verändert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the report&apos;s list of cycles (a cycle is listed twice), which does not add up; it was changed after it was made.</source>
        <translation>die Liste der Zyklen des Berichts (ein Zyklus ist doppelt aufgeführt) ist nicht stimmig; der Bericht wurde nach seiner Erstellung verändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the report&apos;s cycle %1 (decrypted total or count) does not add up; it was changed after it was made.</source>
        <translation>der Zyklus %1 des Berichts (entschlüsselte Summe oder Anzahl) ist nicht stimmig; der Bericht wurde nach seiner Erstellung verändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the report&apos;s cycle %1 (completeness) does not add up; it was changed after it was made.</source>
        <translation>der Zyklus %1 des Berichts (Vollständigkeit) ist nicht stimmig; der Bericht wurde nach seiner Erstellung verändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the report&apos;s cycle %1 (dust beyond what its transfers can round away) does not add up; it was changed after it was made.</source>
        <translation>der Zyklus %1 des Berichts (Rundungsrest über das hinaus, was seine Transfers wegrunden können) ist nicht stimmig; der Bericht wurde nach seiner Erstellung verändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the report&apos;s payout list (a payout names a cycle that is not listed), which does not add up; it was changed after it was made.</source>
        <translation>die Auszahlungsliste des Berichts (eine Auszahlung nennt einen Zyklus, der nicht aufgeführt ist) ist nicht stimmig; der Bericht wurde nach seiner Erstellung verändert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the report&apos;s decrypted total of the period does not add up; it was changed after it was made.</source>
        <translation>die entschlüsselte Summe des Zeitraums im Bericht ist nicht stimmig; der Bericht wurde nach seiner Erstellung verändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the report&apos;s dust of the period does not add up; it was changed after it was made.</source>
        <translation>der Rundungsrest des Zeitraums im Bericht ist nicht stimmig; der Bericht wurde nach seiner Erstellung verändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the report&apos;s total of unreported payouts does not add up; it was changed after it was made.</source>
        <translation>die Summe der nicht gemeldeten Auszahlungen im Bericht ist nicht stimmig; der Bericht wurde nach seiner Erstellung verändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the report&apos;s total of withdrawals, burns or deposits does not add up; it was changed after it was made.</source>
        <translation>die Summe der Abhebungen, Verbrennungen oder Einzahlungen im Bericht ist nicht stimmig; der Bericht wurde nach seiner Erstellung verändert.</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>the report is not a JSON object; it is not a BackendShield audit report.</source>
        <translation>der Bericht ist kein JSON-Objekt; er ist kein BackendShield-Prüfbericht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the report is not signed.</source>
        <translation>der Bericht ist nicht signiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the report&apos;s signature does not match its content: it was changed after it was signed, or the signature is not the stated signer&apos;s.</source>
        <translation>die Signatur des Berichts passt nicht zu seinem Inhalt: er wurde nach dem Signieren verändert, oder die Signatur stammt nicht vom angegebenen Unterzeichner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the report is signed by %1, not by the auditor it names (%2).</source>
        <translation>der Bericht ist von %1 signiert, nicht von dem Prüfer, den er nennt (%2).</translation>
    </message>
    <message>
        <location filename="../core/audit/scanner.cpp" line="+97"/>
        <source>the RPC node at %1 answered with a log of another account than the operator&apos;s (block %2, transaction %3, log %4); it is broken or not telling the truth: use another node. Nothing was stored.</source>
        <translation>der RPC-Knoten unter %1 hat mit einem Log eines anderen Kontos als dem des Betreibers geantwortet (Block %2, Transaktion %3, Log %4); er ist defekt oder sagt nicht die Wahrheit: verwenden Sie einen anderen Knoten. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the RPC node at %1 answered with a log that was not asked for (block %2, transaction %3, log %4); it is broken or not telling the truth: use another node. Nothing was stored.</source>
        <translation>der RPC-Knoten unter %1 hat mit einem nicht angefragten Log geantwortet (Block %2, Transaktion %3, Log %4); er ist defekt oder sagt nicht die Wahrheit: verwenden Sie einen anderen Knoten. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the RPC node at %1 answered with a log that does not decode as %2 (block %3, transaction %4, log %5); it is broken or not telling the truth: use another node. Nothing was stored.</source>
        <translation>der RPC-Knoten unter %1 hat mit einem Log geantwortet, das sich nicht als %2 dekodieren lässt (Block %3, Transaktion %4, Log %5); er ist defekt oder sagt nicht die Wahrheit: verwenden Sie einen anderen Knoten. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>the RPC node at %1 answered with two different logs at block %2, log %3; use another node. Nothing was stored.</source>
        <translation>der RPC-Knoten unter %1 hat mit zwei verschiedenen Logs in Block %2, Log %3 geantwortet; verwenden Sie einen anderen Knoten. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/audit/store.cpp" line="+24"/>
        <source>an audit scan tried to store an event outside the blocks it scanned</source>
        <translation>ein Prüf-Scan hat versucht, ein Ereignis außerhalb der gescannten Blöcke zu speichern</translation>
    </message>
    <message>
        <location filename="../core/audit/verifier.cpp" line="+170"/>
        <source>the network does not name the operator&apos;s account; use a network description from the operator&apos;s GET /network.</source>
        <translation>das Netzwerk nennt das Konto des Betreibers nicht; verwenden Sie eine Netzwerkbeschreibung aus GET /network des Betreibers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the period must end after it starts.</source>
        <translation>der Zeitraum muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The network names no operator server.</source>
        <translation>Das Netzwerk nennt keinen Betreiberserver.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The operator&apos;s report could not be read: %1 The chain was still read: its payouts are listed, none could be held against a report.</source>
        <translation>Der Bericht des Betreibers konnte nicht gelesen werden: %1 Die Chain wurde trotzdem gelesen: ihre Auszahlungen sind aufgeführt, keine konnte mit einem Bericht abgeglichen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The operator&apos;s report could not be fetched: %1 The chain was still read: its payouts are listed, none could be held against a report.</source>
        <translation>Der Bericht des Betreibers konnte nicht abgerufen werden: %1 Die Chain wurde trotzdem gelesen: ihre Auszahlungen sind aufgeführt, keine konnte mit einem Bericht abgeglichen werden.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The operator&apos;s report names %1 and its key as the auditor, but the contract&apos;s auditor is %2.</source>
        <translation>Der Bericht des Betreibers nennt %1 und dessen Schlüssel als Prüfer, der Prüfer des Vertrags ist aber %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The operator&apos;s report names %1 and its key as the auditor, but the contract&apos;s auditor is %2 with no key set.</source>
        <translation>Der Bericht des Betreibers nennt %1 und dessen Schlüssel als Prüfer, der Prüfer des Vertrags ist aber %2, ohne festgelegten Schlüssel.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The operator&apos;s list of providers could not be read (%1); recipients were not checked against it.</source>
        <translation>Die Anbieterliste des Betreibers konnte nicht gelesen werden (%1); die Empfänger wurden nicht mit ihr abgeglichen.</translation>
    </message>
</context>
<context>
    <name>bs::gui::AccountModel</name>
    <message>
        <location filename="../app/gui/account_model.cpp" line="+37"/>
        <source>Not synced</source>
        <translation>Nicht synchronisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to date at block %1</source>
        <translation>Aktuell bei Block %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not registered</source>
        <translation>nicht registriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>registered</source>
        <translation>registriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integrated</source>
        <translation>integriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>earning revenue</source>
        <translation>erzielt Einnahmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suspended</source>
        <translation>ausgesetzt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Register your key on chain to receive payouts.</source>
        <translation>Registrieren Sie Ihren Schlüssel auf der Chain, um Auszahlungen zu erhalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No payout has reached this address yet (block %1).</source>
        <translation>An diese Adresse ist noch keine Auszahlung gegangen (Block %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decrypted with your key and checked against the encrypted (ElGamal) balance on chain at block %1.</source>
        <translation>Mit Ihrem Schlüssel entschlüsselt und mit dem verschlüsselten (ElGamal-)Guthaben auf der Chain bei Block %1 abgeglichen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The amounts stored for you add up to %1, but the encrypted balance the contract enforces is %2 (block %3). The value shown is the enforced one.</source>
        <translation>Die für Sie gespeicherten Beträge ergeben zusammen %1, aber das im Vertrag maßgebliche verschlüsselte Guthaben beträgt %2 (Block %3). Angezeigt wird der maßgebliche Wert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your encrypted balance at block %1 could not be read with this key. Check that the profile&apos;s key is the registered one.</source>
        <translation>Ihr verschlüsseltes Guthaben bei Block %1 konnte mit diesem Schlüssel nicht gelesen werden. Prüfen Sie, ob der Schlüssel des Profils der registrierte ist.</translation>
    </message>
</context>
<context>
    <name>bs::gui::ActivityModel</name>
    <message>
        <location filename="../app/gui/activity_model.cpp" line="+73"/>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proof</source>
        <translation>Beweis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+3"/>
        <source>The file cannot be written: %1</source>
        <translation>Die Datei kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>bs::gui::AuditFindingRows</name>
    <message>
        <location filename="../app/gui/audit_results.cpp" line="+131"/>
        <source>High</source>
        <extracomment>Severity of an audit finding: money unaccounted for or misreported</extracomment>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low</source>
        <extracomment>Severity of an audit finding: context only</extracomment>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>block %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>log %1</source>
        <translation>Log %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reported %1</source>
        <translation>gemeldet %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>found %1</source>
        <translation>gefunden %1</translation>
    </message>
</context>
<context>
    <name>bs::gui::AuditRunModel</name>
    <message>
        <location filename="../app/gui/audit_run_model.cpp" line="+27"/>
        <source>Fetching the operator&apos;s report</source>
        <translation>Bericht des Betreibers wird abgerufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scanning the chain: %1 of %2 blocks</source>
        <extracomment>Progress of a verification: blocks of the chain read so far</extracomment>
        <translation>Chain wird durchsucht: %1 von %2 Blöcken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decrypting %1 of %2</source>
        <extracomment>Progress of a verification: auditor ciphertexts decrypted so far</extracomment>
        <translation>Entschlüsselung: %1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comparing the report with the chain</source>
        <translation>Bericht wird mit der Chain verglichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing and saving the report</source>
        <translation>Bericht wird signiert und gespeichert</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Every cycle so far</source>
        <translation>Alle bisherigen Zyklen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until %1 UTC</source>
        <translation>Bis %1 UTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1 UTC</source>
        <translation>Ab %1 UTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 – %2 UTC</source>
        <extracomment>A verification period: start – end</extracomment>
        <translation>%1 – %2 UTC</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scanned blocks %1 to %2</source>
        <translation>Blöcke %1 bis %2 durchsucht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; no block lies in the period</source>
        <translation>; kein Block liegt im Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; audited %1 to %2</source>
        <translation>; geprüft: %1 bis %2</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>“%1” is not a date; write it as 2026-11-30 or 2026-11-30 14:00 (UTC).</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als 2026-11-30 oder 2026-11-30 14:00 (UTC).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The end of the period must be after its start.</source>
        <translation>Das Ende des Zeitraums muss nach seinem Beginn liegen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
</context>
<context>
    <name>bs::gui::BalanceChecksModel</name>
    <message>
        <location filename="../app/gui/integrity_model.cpp" line="+27"/>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recovered by discrete log</source>
        <translation>per diskretem Logarithmus wiederhergestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your balance was %1 at the last check and is %2 now. See the Dashboard.</source>
        <translation>Ihr Guthaben betrug bei der letzten Prüfung %1 und beträgt jetzt %2. Siehe Dashboard.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>block %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocks %1–%2</source>
        <translation>Blöcke %1–%2</translation>
    </message>
</context>
<context>
    <name>bs::gui::ClaimModel</name>
    <message>
        <location filename="../app/gui/claim_model.cpp" line="-154"/>
        <source>The proof takes about %1 on this machine; then the network confirms the claim.</source>
        <translation>Der Beweis dauert auf diesem Rechner etwa %1; danach bestätigt das Netzwerk die Einlösung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About %1: the proof takes about %2 on this machine, the network&apos;s confirmation about %3.</source>
        <translation>Etwa %1: Der Beweis dauert auf diesem Rechner etwa %2, die Bestätigung durch das Netzwerk etwa %3.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Following the claim sent earlier</source>
        <translation>Zuvor gesendete Einlösung wird verfolgt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Checking the claim</source>
        <translation>Einlösung wird geprüft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Preparing the claim</source>
        <translation>Einlösung wird vorbereitet</translation>
    </message>
</context>
<context>
    <name>bs::gui::CycleDetailModel</name>
    <message>
        <location filename="../app/gui/operator_cycle_detail_model.cpp" line="-292"/>
        <source>Collecting metrics</source>
        <translation>Metriken werden gesammelt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calculating revenue</source>
        <translation>Einnahmen werden berechnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generating proofs</source>
        <translation>Beweise werden erzeugt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distributing payments</source>
        <translation>Zahlungen werden verteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Queued</source>
        <extracomment>A payout transfer&apos;s state: waiting to be sent</extracomment>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>Übermittelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>Checking the funding for the retry of %1</source>
        <translation>Deckung für die Wiederholung von %1 wird geprüft</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Starting cycle %1 again</source>
        <translation>Zyklus %1 wird erneut gestartet</translation>
    </message>
</context>
<context>
    <name>bs::gui::CyclesModel</name>
    <message>
        <location filename="../app/gui/operator_cycles_model.cpp" line="+57"/>
        <source>Collecting metrics</source>
        <translation>Metriken werden gesammelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calculating revenue</source>
        <translation>Einnahmen werden berechnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generating proofs</source>
        <translation>Beweise werden erzeugt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distributing payments</source>
        <translation>Zahlungen werden verteilt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped (no usage)</source>
        <extracomment>A cycle without any usage in its period: nothing was paid</extracomment>
        <translation>Übersprungen (keine Nutzung)</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Reading the cycles</source>
        <translation>Zyklen werden gelesen</translation>
    </message>
</context>
<context>
    <name>bs::gui::EarningsModel</name>
    <message>
        <location filename="../app/gui/earnings_model.cpp" line="+81"/>
        <location line="+3"/>
        <source>The file cannot be written: %1</source>
        <translation>Die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Enter both dates as year-month-day, like 2026-11-30.</source>
        <translation>Geben Sie beide Daten als Jahr-Monat-Tag ein, etwa 2026-11-30.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period ends before it starts: swap the dates.</source>
        <translation>Der Zeitraum endet vor seinem Beginn: Tauschen Sie die Daten.</translation>
    </message>
</context>
<context>
    <name>bs::gui::NewCycleModel</name>
    <message>
        <location filename="../app/gui/operator_new_cycle_model.cpp" line="+314"/>
        <source>Reading the funding from the chain</source>
        <translation>Deckung wird von der Chain gelesen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter the start and the end of the period, e.g. 2026-11-01T00:00:00Z.</source>
        <translation>Geben Sie Beginn und Ende des Zeitraums ein, z. B. 2026-11-01T00:00:00Z.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start: %1</source>
        <translation>Beginn: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End: %1</source>
        <translation>Ende: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the pool in %1, e.g. 100 or 12.5.</source>
        <translation>Geben Sie den Pool in %1 ein, z. B. 100 oder 12.5.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Checking the period and the funding</source>
        <translation>Zeitraum und Deckung werden geprüft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the period again.</source>
        <translation>Geben Sie den Zeitraum erneut ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asking the operator&apos;s server for a dry run</source>
        <translation>Server des Betreibers wird um einen Probelauf gebeten</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Starting cycle %1 again</source>
        <translation>Zyklus %1 wird erneut gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting the cycle</source>
        <translation>Zyklus wird gestartet</translation>
    </message>
</context>
<context>
    <name>bs::gui::Notifier</name>
    <message>
        <location filename="../app/gui/notifier.cpp" line="+51"/>
        <source>Balance check</source>
        <translation>Guthabenprüfung</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n new payout(s) arrived.</source>
        <translation>
            <numerusform>%n neue Auszahlung eingegangen.</numerusform>
            <numerusform>%n neue Auszahlungen eingegangen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new payout(s): %1 USDC.</source>
        <translation>
            <numerusform>%n neue Auszahlung: %1 USDC.</numerusform>
            <numerusform>%n neue Auszahlungen: %1 USDC.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New payout</source>
        <translation>Neue Auszahlung</translation>
    </message>
</context>
<context>
    <name>bs::gui::Onboarding</name>
    <message>
        <location filename="../app/gui/onboarding.cpp" line="-213"/>
        <source>Give the profile a name, e.g. your company&apos;s.</source>
        <translation>Geben Sie dem Profil einen Namen, z. B. den Ihres Unternehmens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most 60 characters.</source>
        <translation>Höchstens 60 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile with this name exists already.</source>
        <translation>Ein Profil mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your operator&apos;s server address on this network and, if you like, your own RPC node.</source>
        <translation>Die Serveradresse Ihres Betreibers in diesem Netzwerk und, wenn Sie möchten, Ihr eigener RPC-Knoten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Local devnet</source>
        <translation>Lokales Devnet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The devnet started by devnet/devnet up on this computer.</source>
        <translation>Das mit devnet/devnet up auf diesem Computer gestartete Devnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avalanche Fuji</source>
        <translation>Avalanche Fuji</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Avalanche C-Chain</source>
        <translation>Avalanche C-Chain</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your operator&apos;s server address and, if you like, your own RPC node.</source>
        <translation>Die Serveradresse Ihres Betreibers und, wenn Sie möchten, Ihr eigener RPC-Knoten.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Connect to the network first: the key is checked against the account it names.</source>
        <translation>Verbinden Sie sich zuerst mit dem Netzwerk: Der Schlüssel wird mit dem Konto abgeglichen, das es nennt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking the key against the network</source>
        <translation>Schlüssel wird mit dem Netzwerk abgeglichen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Asking the operator&apos;s server</source>
        <translation>Server des Betreibers wird abgefragt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>enter the operator&apos;s address, e.g. https://shield.example.org/api/v1.</source>
        <translation>geben Sie die Adresse des Betreibers ein, z. B. https://shield.example.org/api/v1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this operator&apos;s network is chain %1, not %2 (chain %3); check the address, or choose Custom to use it anyway.</source>
        <translation>das Netzwerk dieses Betreibers ist Chain %1, nicht %2 (Chain %3); prüfen Sie die Adresse, oder wählen Sie „Benutzerdefiniert“, um es trotzdem zu verwenden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the operator names no RPC node; enter the address of one.</source>
        <translation>der Betreiber nennt keinen RPC-Knoten; geben Sie die Adresse eines Knotens ein.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>That is not a wallet key: enter the 64 hexadecimal digits of the private key (0x optional).</source>
        <translation>Das ist kein Wallet-Schlüssel: Geben Sie die 64 Hexadezimalziffern des privaten Schlüssels ein (0x optional).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter a passphrase.</source>
        <translation>Geben Sie eine Passphrase ein.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Creating the encrypted vault</source>
        <translation>Verschlüsselter Tresor wird angelegt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Writing the backup</source>
        <translation>Sicherung wird geschrieben</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fetching the circuit files</source>
        <translation>Schaltkreisdateien werden abgerufen</translation>
    </message>
</context>
<context>
    <name>bs::gui::PayoutPipelineModel</name>
    <message>
        <location filename="../app/gui/pipeline_model.cpp" line="+91"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No usage was counted in this period: nothing to pay.</source>
        <translation>In diesem Zeitraum wurde keine Nutzung gezählt: Es gibt nichts auszuzahlen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operator&apos;s payment run failed; the operator can retry it. Nothing is lost: transfers already confirmed are not sent again.</source>
        <translation>Der Zahlungslauf des Betreibers ist fehlgeschlagen; der Betreiber kann ihn wiederholen. Es geht nichts verloren: Bereits bestätigte Transfers werden nicht erneut gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The usage servers are submitting this period&apos;s calls.</source>
        <translation>Die Nutzungsserver übermitteln die Aufrufe dieses Zeitraums.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operator is computing every provider&apos;s fair share.</source>
        <translation>Der Betreiber berechnet den fairen Anteil jedes Anbieters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your encrypted payment is queued, proved and sent.</source>
        <translation>Ihre verschlüsselte Zahlung wird eingereiht, bewiesen und gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the operator; waiting for the chain to show it in your balance.</source>
        <translation>Vom Betreiber ausgezahlt; es wird gewartet, bis die Chain den Betrag in Ihrem Guthaben zeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In your encrypted balance; claim it to USDC when you like.</source>
        <translation>In Ihrem verschlüsselten Guthaben; lösen Sie es in USDC ein, wann Sie möchten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claimed to USDC since it arrived.</source>
        <translation>Seit dem Eingang in USDC eingelöst.</translation>
    </message>
</context>
<context>
    <name>bs::gui::ProviderDetailModel</name>
    <message>
        <location filename="../app/gui/operator_provider_detail_model.cpp" line="+196"/>
        <source>Reading the usage and payouts of %1</source>
        <translation>Nutzung und Auszahlungen von %1 werden gelesen</translation>
    </message>
</context>
<context>
    <name>bs::gui::ProviderPages</name>
    <message>
        <location filename="../app/gui/provider_pages.cpp" line="+66"/>
        <source>Reading the chain</source>
        <translation>Chain wird gelesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>bs::gui::ProvidersModel</name>
    <message>
        <location filename="../app/gui/operator_providers_model.cpp" line="+63"/>
        <source>Registered</source>
        <extracomment>A provider&apos;s state: registered, waiting for the operator&apos;s approval</extracomment>
        <translation>Registriert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integrated</source>
        <extracomment>A provider&apos;s state: approved and wired into FlowMCP</extracomment>
        <translation>Integriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earning revenue</source>
        <translation>Erzielt Einnahmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Reading the providers</source>
        <translation>Anbieter werden gelesen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Say why the provider is suspended.</source>
        <translation>Geben Sie an, warum der Anbieter ausgesetzt wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say why the provider is reinstated.</source>
        <translation>Geben Sie an, warum der Anbieter wieder zugelassen wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most 500 characters (%1 now).</source>
        <translation>Höchstens 500 Zeichen (derzeit %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the reason on one line.</source>
        <translation>Schreiben Sie den Grund in eine Zeile.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown action.</source>
        <translation>Unbekannte Aktion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provider %1 is not in the list; refresh it.</source>
        <translation>Anbieter %1 ist nicht in der Liste; aktualisieren Sie sie.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Approving %1</source>
        <translation>%1 wird freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspending %1</source>
        <translation>%1 wird ausgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reinstating %1</source>
        <translation>%1 wird wieder zugelassen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is approved (integrated).</source>
        <translation>%1 ist freigegeben (integriert).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is suspended.</source>
        <translation>%1 ist ausgesetzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is reinstated (registered).</source>
        <translation>%1 ist wieder zugelassen (registriert).</translation>
    </message>
</context>
<context>
    <name>bs::gui::RegistrationModel</name>
    <message>
        <location filename="../app/gui/registration_model.cpp" line="+37"/>
        <source>Key registered on chain</source>
        <translation>Schlüssel auf der Chain registriert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered with the operator</source>
        <translation>Beim Betreiber registriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrated into FlowMCP</source>
        <translation>In FlowMCP integriert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Earning revenue</source>
        <translation>Erzielt Einnahmen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Enter the name users see.</source>
        <translation>Geben Sie den Namen ein, den Nutzer sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most 100 characters.</source>
        <translation>Höchstens 100 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an email address, e.g. ops@example.com.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein, z. B. ops@example.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2 to 63 lower-case letters, digits or hyphens, e.g. acme-weather.</source>
        <translation>2 bis 63 Kleinbuchstaben, Ziffern oder Bindestriche, z. B. acme-weather.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the API&apos;s https:// address, e.g. https://api.example.com.</source>
        <translation>Geben Sie die https://-Adresse der API ein, z. B. https://api.example.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a category.</source>
        <translation>Wählen Sie eine Kategorie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a pricing model.</source>
        <translation>Wählen Sie ein Preismodell.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Registering with the operator</source>
        <translation>Registrierung beim Betreiber läuft</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Preparing the registration</source>
        <translation>Registrierung wird vorbereitet</translation>
    </message>
</context>
<context>
    <name>bs::gui::ReportListModel</name>
    <message>
        <location filename="../app/gui/audit_report_list_model.cpp" line="+88"/>
        <source>Every cycle</source>
        <translation>Alle Zyklen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 – %2 UTC</source>
        <extracomment>A saved run&apos;s period; an open side reads &quot;…&quot;</extracomment>
        <translation>%1 – %2 UTC</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>to block %1</source>
        <translation>bis Block %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no block in the period (scanned to %1)</source>
        <translation>kein Block im Zeitraum (durchsucht bis %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocks %1 to %2</source>
        <translation>Blöcke %1 bis %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clean</source>
        <translation>Ohne Befund</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the saved runs</source>
        <translation>Gespeicherte Prüfläufe werden gelesen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exporting run %1</source>
        <translation>Prüflauf %1 wird exportiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run %1 is not in this vault any more; read the list again.</source>
        <translation>Prüflauf %1 ist nicht mehr in diesem Tresor; lesen Sie die Liste erneut.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checking %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than any report; choose the report&apos;s JSON file.</source>
        <translation>%1 ist größer als jeder Bericht; wählen Sie die JSON-Datei des Berichts.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signed by the auditor %1; the sums hold. The run found nothing wrong.</source>
        <translation>Signiert vom Prüfer %1; die Summen stimmen. Der Prüflauf hat nichts Auffälliges gefunden.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Signed by the auditor %1; the sums hold. The run found %n finding(s).</source>
        <translation>
            <numerusform>Signiert vom Prüfer %1; die Summen stimmen. Der Prüflauf hat %n Befund ergeben.</numerusform>
            <numerusform>Signiert vom Prüfer %1; die Summen stimmen. Der Prüflauf hat %n Befunde ergeben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This report does not hold: %1</source>
        <translation>Dieser Bericht ist nicht stimmig: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/audit_report_pdf.cpp" line="+45"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Verification of the operator&apos;s distributions</source>
        <translation>Prüfung der Verteilungen des Betreibers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clean: the chain confirms the operator&apos;s report.</source>
        <translation>Ohne Befund: Die Chain bestätigt den Bericht des Betreibers.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n finding(s): %1 high, %2 medium, %3 low.</source>
        <translation>
            <numerusform>%n Befund: %1 hoch, %2 mittel, %3 niedrig.</numerusform>
            <numerusform>%n Befunde: %1 hoch, %2 mittel, %3 niedrig.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>received from %1</source>
        <translation>erhalten von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be used (%1): %2</source>
        <translation>konnte nicht verwendet werden (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocks scanned</source>
        <translation>Durchsuchte Blöcke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocks audited</source>
        <translation>Geprüfte Blöcke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none in the period</source>
        <translation>keine im Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eERC contract</source>
        <translation>eERC-Vertrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registrar</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator</source>
        <translation>Betreiber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator&apos;s report</source>
        <translation>Bericht des Betreibers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its SHA-256</source>
        <translation>Sein SHA-256</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported total</source>
        <translation>Gemeldete Summe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decrypted total</source>
        <translation>Entschlüsselte Summe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dust</source>
        <translation>Rundungsrest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, of which %2 unreported</source>
        <translation>%1, davon %2 nicht gemeldet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Per cycle</source>
        <translation>Pro Zyklus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report lists no cycle.</source>
        <translation>Der Bericht führt keinen Zyklus auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period (UTC)</source>
        <translation>Zeitraum (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decrypted</source>
        <translation>Entschlüsselt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported count</source>
        <translation>Anzahl gemeldet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found count</source>
        <translation>Anzahl gefunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>matches</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cycle %1</source>
        <translation>Zyklus %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auditor</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed by</source>
        <translation>Signiert von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature (EIP-191)</source>
        <translation>Signatur (EIP-191)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHA-256 of the signed JSON report</source>
        <translation>SHA-256 des signierten JSON-Berichts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This statement is a reading of the signed JSON report. Anyone can check that report without a key: bshield audit report-check --in &lt;report.json&gt;.</source>
        <translation>Dieses Dokument gibt den signierten JSON-Bericht wieder. Jeder kann diesen Bericht ohne Schlüssel prüfen: bshield audit report-check --in &lt;report.json&gt;.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Verification report</source>
        <translation>Prüfbericht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PDF could not be made.</source>
        <translation>Das PDF konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>bs::gui::RestoreModel</name>
    <message>
        <location filename="../app/gui/restore_model.cpp" line="+58"/>
        <source>Enter a passphrase.</source>
        <translation>Geben Sie eine Passphrase ein.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Restoring the backup</source>
        <translation>Sicherung wird wiederhergestellt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decrypting the backup and writing the new vault (about a second or two)</source>
        <translation>Sicherung wird entschlüsselt und der neue Tresor geschrieben (etwa ein bis zwei Sekunden)</translation>
    </message>
</context>
<context>
    <name>bs::gui::Session</name>
    <message>
        <location filename="../app/gui/session.cpp" line="+118"/>
        <source>Unlocking</source>
        <translation>Wird entsperrt</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Writing the backup</source>
        <translation>Sicherung wird geschrieben</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter a passphrase.</source>
        <translation>Geben Sie eine Passphrase ein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Changing the passphrase</source>
        <translation>Passphrase wird geändert</translation>
    </message>
</context>
<context>
    <name>bs::gui::StatementModel</name>
    <message>
        <location filename="../app/gui/statement_model.cpp" line="+106"/>
        <location line="+44"/>
        <source>Statement of earnings</source>
        <translation>Einnahmennachweis</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period: %1 to %2</source>
        <translation>Zeitraum: %1 bis %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain %1, eERC contract %2</source>
        <translation>Chain %1, eERC-Vertrag %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bars: each payout. Line: cumulative earnings.</source>
        <translation>Balken: jede Auszahlung. Linie: kumulierte Einnahmen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Total: %1 in %n payout(s)</source>
        <translation>
            <numerusform>Summe: %1 in %n Auszahlung</numerusform>
            <numerusform>Summe: %1 in %n Auszahlungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every payout in this statement comes with a proof, in the JSON file made with it, that the encrypted amount on chain is the amount shown, without revealing the account&apos;s key. Anyone can check it: bshield statement check --in &lt;file&gt; --rpc &lt;node&gt;.</source>
        <translation>Zu jeder Auszahlung in diesem Nachweis gehört ein Beweis (in der mit ihm erstellten JSON-Datei), dass der verschlüsselte Betrag auf der Chain der angezeigte Betrag ist, ohne den Schlüssel des Kontos preiszugeben. Jeder kann ihn prüfen: bshield statement check --in &lt;file&gt; --rpc &lt;node&gt;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file %1 exists and cannot be replaced; choose another folder.</source>
        <translation>die Datei %1 existiert und kann nicht ersetzt werden; wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the PDF could not be written to %1; choose a folder you can write to.</source>
        <translation>das PDF konnte nicht nach %1 geschrieben werden; wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Proving the payouts</source>
        <translation>Beweise für die Auszahlungen werden erstellt</translation>
    </message>
</context>
<context>
    <name>bs::gui::Task</name>
    <message>
        <location filename="../app/gui/task.cpp" line="+53"/>
        <source>internal error: %1</source>
        <translation>interner Fehler: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
</context>
<context>
    <name>bs::gui::UsageServersModel</name>
    <message>
        <location filename="../app/gui/operator_servers_model.cpp" line="+57"/>
        <source>Active</source>
        <extracomment>A usage server&apos;s state: its token is accepted / refused</extracomment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Reading the usage servers</source>
        <translation>Nutzungsserver werden gelesen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter a name, e.g. flowmcp-eu-1.</source>
        <translation>Geben Sie einen Namen ein, z. B. flowmcp-eu-1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most 100 characters (%1 now).</source>
        <translation>Höchstens 100 Zeichen (derzeit %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the name on one line.</source>
        <translation>Schreiben Sie den Namen in eine Zeile.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Creating the usage server</source>
        <translation>Nutzungsserver wird angelegt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Usage server %1 created.</source>
        <translation>Nutzungsserver %1 angelegt.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Revoking %1</source>
        <translation>%1 wird widerrufen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Usage server %1 revoked: its token is refused from now on.</source>
        <translation>Nutzungsserver %1 widerrufen: Sein Token wird ab sofort abgewiesen.</translation>
    </message>
</context>
<context>
    <name>chain</name>
    <message>
        <location filename="../core/chain/abi.cpp" line="+20"/>
        <source>The ABI type &quot;%1&quot; is not valid: it is nested too deeply.</source>
        <translation>Der ABI-Typ &quot;%1&quot; ist ungültig: Er ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ABI type &quot;%1&quot; is not valid: it is too large.</source>
        <translation>Der ABI-Typ &quot;%1&quot; ist ungültig: Er ist zu groß.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The ABI type &quot;%1&quot; is not valid: empty tuples are not allowed.</source>
        <translation>Der ABI-Typ &quot;%1&quot; ist ungültig: Leere Tupel sind nicht zulässig.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The ABI type &quot;%1&quot; is not valid: expected &apos;,&apos; or &apos;)&apos;.</source>
        <translation>Der ABI-Typ &quot;%1&quot; ist ungültig: &apos;,&apos; oder &apos;)&apos; erwartet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The ABI type &quot;%1&quot; is not valid: a &apos;[&apos; is not closed.</source>
        <translation>Der ABI-Typ &quot;%1&quot; ist ungültig: Eine &apos;[&apos; wird nicht geschlossen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The ABI type &quot;%1&quot; is not valid: a fixed array length must be 1..%2 without leading zeros.</source>
        <translation>Der ABI-Typ &quot;%1&quot; ist ungültig: Die Länge eines Arrays fester Größe muss 1..%2 ohne führende Nullen sein.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The ABI type &quot;%1&quot; is not valid: a type is missing.</source>
        <translation>Der ABI-Typ &quot;%1&quot; ist ungültig: Ein Typ fehlt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ABI type &quot;%1&quot; is not valid: &quot;%2&quot; is not a canonical ABI type.</source>
        <translation>Der ABI-Typ &quot;%1&quot; ist ungültig: &quot;%2&quot; ist kein kanonischer ABI-Typ.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Cannot encode the contract call: a %1 value has %2 bytes.</source>
        <translation>Der Vertragsaufruf kann nicht kodiert werden: Ein %1-Wert hat %2 Bytes.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot encode the contract call: a string is not valid UTF-8.</source>
        <translation>Der Vertragsaufruf kann nicht kodiert werden: Eine Zeichenkette ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot encode the contract call: a %1 value has %2 elements.</source>
        <translation>Der Vertragsaufruf kann nicht kodiert werden: Ein %1-Wert hat %2 Elemente.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot encode the contract call: a %1 value has %2 components.</source>
        <translation>Der Vertragsaufruf kann nicht kodiert werden: Ein %1-Wert hat %2 Komponenten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot encode the contract call: unknown type.</source>
        <translation>Der Vertragsaufruf kann nicht kodiert werden: Unbekannter Typ.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot encode the contract call: a value does not fit in %1.</source>
        <translation>Der Vertragsaufruf kann nicht kodiert werden: Ein Wert passt nicht in %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot encode the contract call: a %1 parameter got the value %2.</source>
        <translation>Der Vertragsaufruf kann nicht kodiert werden: Ein %1-Parameter hat den Wert %2 erhalten.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The contract data could not be decoded (the data is shorter than its heads); check that the RPC endpoint and contract address are right.</source>
        <translation>Die Vertragsdaten konnten nicht dekodiert werden (die Daten sind kürzer als ihre Kopfteile); prüfen Sie, ob RPC-Endpunkt und Vertragsadresse stimmen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The contract data could not be decoded (an offset is out of range); check that the RPC endpoint and contract address are right.</source>
        <translation>Die Vertragsdaten konnten nicht dekodiert werden (ein Offset liegt außerhalb des gültigen Bereichs); prüfen Sie, ob RPC-Endpunkt und Vertragsadresse stimmen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The contract data could not be decoded (an offset points outside its data area); check that the RPC endpoint and contract address are right.</source>
        <translation>Die Vertragsdaten konnten nicht dekodiert werden (ein Offset zeigt aus seinem Datenbereich heraus); prüfen Sie, ob RPC-Endpunkt und Vertragsadresse stimmen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The contract data could not be decoded (a %1 value has dirty high bits); check that the RPC endpoint and contract address are right.</source>
        <translation>Die Vertragsdaten konnten nicht dekodiert werden (ein %1-Wert hat unzulässig gesetzte höherwertige Bits); prüfen Sie, ob RPC-Endpunkt und Vertragsadresse stimmen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The contract data could not be decoded (a %1 value is not sign-extended); check that the RPC endpoint and contract address are right.</source>
        <translation>Die Vertragsdaten konnten nicht dekodiert werden (ein %1-Wert ist nicht vorzeichenerweitert); prüfen Sie, ob RPC-Endpunkt und Vertragsadresse stimmen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The contract data could not be decoded (an address has dirty high bytes); check that the RPC endpoint and contract address are right.</source>
        <translation>Die Vertragsdaten konnten nicht dekodiert werden (eine Adresse hat unzulässig gesetzte höherwertige Bytes); prüfen Sie, ob RPC-Endpunkt und Vertragsadresse stimmen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The contract data could not be decoded (a bool is neither 0 nor 1); check that the RPC endpoint and contract address are right.</source>
        <translation>Die Vertragsdaten konnten nicht dekodiert werden (ein bool ist weder 0 noch 1); prüfen Sie, ob RPC-Endpunkt und Vertragsadresse stimmen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The contract data could not be decoded (a %1 value has dirty padding); check that the RPC endpoint and contract address are right.</source>
        <translation>Die Vertragsdaten konnten nicht dekodiert werden (ein %1-Wert hat eine unzulässige Auffüllung); prüfen Sie, ob RPC-Endpunkt und Vertragsadresse stimmen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The contract data could not be decoded (a length is out of range); check that the RPC endpoint and contract address are right.</source>
        <translation>Die Vertragsdaten konnten nicht dekodiert werden (eine Länge liegt außerhalb des gültigen Bereichs); prüfen Sie, ob RPC-Endpunkt und Vertragsadresse stimmen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The contract data could not be decoded (a byte string is longer than the data); check that the RPC endpoint and contract address are right.</source>
        <translation>Die Vertragsdaten konnten nicht dekodiert werden (eine Bytefolge ist länger als die Daten); prüfen Sie, ob RPC-Endpunkt und Vertragsadresse stimmen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The contract data could not be decoded (a byte string&apos;s padding is missing); check that the RPC endpoint and contract address are right.</source>
        <translation>Die Vertragsdaten konnten nicht dekodiert werden (die Auffüllung einer Bytefolge fehlt); prüfen Sie, ob RPC-Endpunkt und Vertragsadresse stimmen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The contract data could not be decoded (a byte string has dirty padding); check that the RPC endpoint and contract address are right.</source>
        <translation>Die Vertragsdaten konnten nicht dekodiert werden (eine Bytefolge hat eine unzulässige Auffüllung); prüfen Sie, ob RPC-Endpunkt und Vertragsadresse stimmen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The contract data could not be decoded (a string is not valid UTF-8); check that the RPC endpoint and contract address are right.</source>
        <translation>Die Vertragsdaten konnten nicht dekodiert werden (eine Zeichenkette ist kein gültiges UTF-8); prüfen Sie, ob RPC-Endpunkt und Vertragsadresse stimmen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The contract data could not be decoded (an array length is out of range); check that the RPC endpoint and contract address are right.</source>
        <translation>Die Vertragsdaten konnten nicht dekodiert werden (eine Array-Länge liegt außerhalb des gültigen Bereichs); prüfen Sie, ob RPC-Endpunkt und Vertragsadresse stimmen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The contract data could not be decoded (an array is longer than the data); check that the RPC endpoint and contract address are right.</source>
        <translation>Die Vertragsdaten konnten nicht dekodiert werden (ein Array ist länger als die Daten); prüfen Sie, ob RPC-Endpunkt und Vertragsadresse stimmen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The contract data could not be decoded (unknown type); check that the RPC endpoint and contract address are right.</source>
        <translation>Die Vertragsdaten konnten nicht dekodiert werden (unbekannter Typ); prüfen Sie, ob RPC-Endpunkt und Vertragsadresse stimmen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The contract data could not be decoded (the data is truncated); check that the RPC endpoint and contract address are right.</source>
        <translation>Die Vertragsdaten konnten nicht dekodiert werden (die Daten sind abgeschnitten); prüfen Sie, ob RPC-Endpunkt und Vertragsadresse stimmen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The contract data could not be decoded (it reuses the same data too often); check that the RPC endpoint and contract address are right.</source>
        <translation>Die Vertragsdaten konnten nicht dekodiert werden (sie verwenden dieselben Daten zu oft wieder); prüfen Sie, ob RPC-Endpunkt und Vertragsadresse stimmen.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The function signature &quot;%1&quot; is not valid: it must start with a name</source>
        <translation>Die Funktionssignatur &quot;%1&quot; ist ungültig: Sie muss mit einem Namen beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The function signature &quot;%1&quot; is not valid: expected name(type,...)</source>
        <translation>Die Funktionssignatur &quot;%1&quot; ist ungültig: name(type,...) erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The function signature &quot;%1&quot; is not valid: %2</source>
        <translation>Die Funktionssignatur &quot;%1&quot; ist ungültig: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The event signature &quot;%1&quot; is not valid: it must start with a name</source>
        <translation>Die Ereignissignatur &quot;%1&quot; ist ungültig: Sie muss mit einem Namen beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event signature &quot;%1&quot; is not valid: expected name(type,...)</source>
        <translation>Die Ereignissignatur &quot;%1&quot; ist ungültig: name(type,...) erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event signature &quot;%1&quot; is not valid: %2</source>
        <translation>Die Ereignissignatur &quot;%1&quot; ist ungültig: %2</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>The ABI type &quot;%1&quot; is not valid: unexpected text after the type.</source>
        <translation>Der ABI-Typ &quot;%1&quot; ist ungültig: Unerwarteter Text nach dem Typ.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The ABI type &quot;%1&quot; is not valid: expected &apos;,&apos; between types.</source>
        <translation>Der ABI-Typ &quot;%1&quot; ist ungültig: &apos;,&apos; zwischen Typen erwartet.</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>Cannot encode the contract call: expected %1 values, got %2.</source>
        <translation>Der Vertragsaufruf kann nicht kodiert werden: %1 Werte erwartet, %2 erhalten.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The transaction data is not a call of %1 (its selector differs).</source>
        <translation>Die Transaktionsdaten sind kein Aufruf von %1 (der Selektor weicht ab).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The event %1 has %2 parameters but %3 indexed flags.</source>
        <translation>Das Ereignis %1 hat %2 Parameter, aber %3 Index-Flags.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event %1 has more than 3 indexed parameters.</source>
        <translation>Das Ereignis %1 hat mehr als 3 indizierte Parameter.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The log is not a %1 event (its topic differs).</source>
        <translation>Der Log-Eintrag ist kein %1-Ereignis (sein Topic weicht ab).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 log has %2 topics instead of %3.</source>
        <translation>Der %1-Log-Eintrag hat %2 Topics statt %3.</translation>
    </message>
    <message>
        <location filename="../core/chain/eth_client.cpp" line="+21"/>
        <source>the node sent a malformed chain id; it may be faulty or not an Ethereum node.</source>
        <translation>der Knoten hat eine fehlerhafte Chain-ID gesendet; er ist möglicherweise defekt oder kein Ethereum-Knoten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the node sent a malformed block number; it may be faulty or not an Ethereum node.</source>
        <translation>der Knoten hat eine fehlerhafte Blocknummer gesendet; er ist möglicherweise defekt oder kein Ethereum-Knoten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node sent a malformed block; it may be faulty or not an Ethereum node.</source>
        <translation>der Knoten hat einen fehlerhaften Block gesendet; er ist möglicherweise defekt oder kein Ethereum-Knoten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the node sent a malformed block timestamp; it may be faulty or not an Ethereum node.</source>
        <translation>der Knoten hat einen fehlerhaften Block-Zeitstempel gesendet; er ist möglicherweise defekt oder kein Ethereum-Knoten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the node sent a malformed balance; it may be faulty or not an Ethereum node.</source>
        <translation>der Knoten hat ein fehlerhaftes Guthaben gesendet; er ist möglicherweise defekt oder kein Ethereum-Knoten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the node sent a malformed transaction count; it may be faulty or not an Ethereum node.</source>
        <translation>der Knoten hat eine fehlerhafte Transaktionsanzahl gesendet; er ist möglicherweise defekt oder kein Ethereum-Knoten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node sent a malformed call result; it may be faulty or not an Ethereum node.</source>
        <translation>der Knoten hat ein fehlerhaftes Aufrufergebnis gesendet; er ist möglicherweise defekt oder kein Ethereum-Knoten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the node sent a malformed gas estimate; it may be faulty or not an Ethereum node.</source>
        <translation>der Knoten hat eine fehlerhafte Gas-Schätzung gesendet; er ist möglicherweise defekt oder kein Ethereum-Knoten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the node sent a malformed fee history; it may be faulty or not an Ethereum node.</source>
        <translation>der Knoten hat einen fehlerhaften Gebührenverlauf gesendet; er ist möglicherweise defekt oder kein Ethereum-Knoten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node sent a malformed base fee; it may be faulty or not an Ethereum node.</source>
        <translation>der Knoten hat eine fehlerhafte Basisgebühr gesendet; er ist möglicherweise defekt oder kein Ethereum-Knoten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the node sent a malformed fee reward; it may be faulty or not an Ethereum node.</source>
        <translation>der Knoten hat einen fehlerhaften Gebühren-Reward gesendet; er ist möglicherweise defekt oder kein Ethereum-Knoten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the node sent a malformed priority fee; it may be faulty or not an Ethereum node.</source>
        <translation>der Knoten hat eine fehlerhafte Prioritätsgebühr gesendet; er ist möglicherweise defekt oder kein Ethereum-Knoten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node sent a malformed transaction hash; it may be faulty or not an Ethereum node.</source>
        <translation>der Knoten hat einen fehlerhaften Transaktions-Hash gesendet; er ist möglicherweise defekt oder kein Ethereum-Knoten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node sent a malformed transaction; it may be faulty or not an Ethereum node.</source>
        <translation>der Knoten hat eine fehlerhafte Transaktion gesendet; er ist möglicherweise defekt oder kein Ethereum-Knoten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node sent a malformed transaction receipt; it may be faulty or not an Ethereum node.</source>
        <translation>der Knoten hat einen fehlerhaften Transaktionsbeleg gesendet; er ist möglicherweise defekt oder kein Ethereum-Knoten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the node sent a malformed log in a receipt; it may be faulty or not an Ethereum node.</source>
        <translation>der Knoten hat einen fehlerhaften Log-Eintrag in einem Beleg gesendet; er ist möglicherweise defekt oder kein Ethereum-Knoten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the node sent a malformed log list; it may be faulty or not an Ethereum node.</source>
        <translation>der Knoten hat eine fehlerhafte Log-Liste gesendet; er ist möglicherweise defekt oder kein Ethereum-Knoten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the node sent a malformed log; it may be faulty or not an Ethereum node.</source>
        <translation>der Knoten hat einen fehlerhaften Log-Eintrag gesendet; er ist möglicherweise defekt oder kein Ethereum-Knoten.</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>the node refused the request: %1</source>
        <translation>der Knoten hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the node does not know a block that it reported a log in; it may be out of sync.</source>
        <translation>der Knoten kennt einen Block nicht, in dem er einen Log-Eintrag gemeldet hat; er ist möglicherweise nicht synchron.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the transaction would fail: %1</source>
        <translation>die Transaktion würde fehlschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/chain/json_fields.cpp" line="+42"/>
        <source>one JSON object</source>
        <translation>genau ein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a non-empty string</source>
        <translation>eine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a string or null</source>
        <translation>eine Zeichenkette oder null</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>a non-negative integer in range</source>
        <translation>eine nicht negative ganze Zahl im gültigen Bereich</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a decimal string of an integer below 2^256</source>
        <translation>eine ganze Zahl unter 2^256 als Dezimalzeichenkette</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an address, 0x followed by 40 hex digits with a valid checksum</source>
        <translation>eine Adresse: 0x gefolgt von 40 Hexziffern mit gültiger Prüfsumme</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a BabyJubJub subgroup point [&quot;x&quot;, &quot;y&quot;] in decimal</source>
        <translation>ein BabyJubJub-Untergruppenpunkt [&quot;x&quot;, &quot;y&quot;] in Dezimalschreibweise</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>an RFC 3339 time such as 2026-11-01T00:00:00Z</source>
        <translation>eine RFC-3339-Zeitangabe wie 2026-11-01T00:00:00Z</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>0x followed by 64 hex digits</source>
        <translation>0x gefolgt von 64 Hexziffern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an http:// or https:// URL</source>
        <translation>eine http://- oder https://-URL</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location filename="../core/chain/json_rpc.cpp" line="+34"/>
        <source>the node refused access (HTTP %1): check the URL and any API key (%2)</source>
        <translation>der Knoten hat den Zugriff verweigert (HTTP %1): Prüfen Sie die URL und gegebenenfalls den API-Schlüssel (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no JSON-RPC endpoint at this URL (HTTP 404): check the path (%1)</source>
        <translation>kein JSON-RPC-Endpunkt unter dieser URL (HTTP 404): Prüfen Sie den Pfad (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the node is rate limiting us (HTTP 429): try again later (%1)</source>
        <translation>der Knoten begrenzt unsere Anfragerate (HTTP 429): Versuchen Sie es später erneut (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node answered HTTP %1 instead of JSON-RPC (%2)</source>
        <translation>der Knoten hat mit HTTP %1 statt mit JSON-RPC geantwortet (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the node reported error %1</source>
        <translation>der Knoten hat den Fehler %1 gemeldet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the node&apos;s answer is not a JSON-RPC 2.0 response to our request</source>
        <translation>die Antwort des Knotens ist keine JSON-RPC-2.0-Antwort auf unsere Anfrage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the node sent a malformed error object</source>
        <translation>der Knoten hat ein fehlerhaftes Fehlerobjekt gesendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the node&apos;s answer has neither a result nor an error</source>
        <translation>die Antwort des Knotens enthält weder ein Ergebnis noch einen Fehler</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 did not answer in time</source>
        <translation>%1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot use %1 (%2)</source>
        <translation>%1 kann nicht verwendet werden (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot reach %1 (%2)</source>
        <translation>%1 ist nicht erreichbar (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 did not answer with JSON</source>
        <translation>%1 hat nicht mit JSON geantwortet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the node answered a single call with a batch</source>
        <translation>der Knoten hat auf einen einzelnen Aufruf mit einem Batch geantwortet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the node&apos;s batch answer is not an array</source>
        <translation>die Batch-Antwort des Knotens ist kein Array</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the node&apos;s batch answer has unknown or repeated ids</source>
        <translation>die Batch-Antwort des Knotens enthält unbekannte oder doppelte IDs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the node&apos;s batch answer misses a reply</source>
        <translation>in der Batch-Antwort des Knotens fehlt eine Antwort</translation>
    </message>
    <message>
        <location filename="../core/chain/json_rpc.h" line="+32"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer of %1 is larger than allowed</source>
        <translation>die Antwort von %1 ist größer als erlaubt</translation>
    </message>
    <message>
        <location filename="../core/chain/log_scanner.cpp" line="+64"/>
        <source>reading events of blocks %1-%2 failed: %3</source>
        <translation>das Lesen der Ereignisse der Blöcke %1-%2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../core/chain/network.cpp" line="+25"/>
        <source>the operator&apos;s GET /network answer has an invalid %1 (expected %2); tell the operator, their server or its configuration is broken.</source>
        <translation>die Antwort des Betreibers auf GET /network enthält einen ungültigen Wert für %1 (erwartet: %2); informieren Sie den Betreiber, sein Server oder dessen Konfiguration ist fehlerhaft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the network description has an invalid %1 (expected %2); use the network file the devnet or the operator published.</source>
        <translation>die Netzwerkbeschreibung enthält einen ungültigen Wert für %1 (erwartet: %2); verwenden Sie die Netzwerkdatei, die das Devnet oder der Betreiber veröffentlicht hat.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>a url for the wasm and the zkey</source>
        <translation>eine URL für die wasm- und die zkey-Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a sha256 of 64 lower-case hex digits for the wasm and the zkey</source>
        <translation>ein sha256 aus 64 kleingeschriebenen Hexziffern für die wasm- und die zkey-Datei</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>a chain id other than 0</source>
        <translation>eine Chain-ID ungleich 0</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the network description cannot be used: %1.</source>
        <translation>die Netzwerkbeschreibung kann nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <location filename="../core/chain/revert.cpp" line="+34"/>
        <source>The contract rejected the proof: the balance changed since it was read, the auditor key changed, or the proof is wrong; read the balance again and retry.</source>
        <translation>Der Vertrag hat den Beweis abgelehnt: Das Guthaben hat sich seit dem Lesen geändert, der Prüferschlüssel hat sich geändert oder der Beweis ist falsch; lesen Sie das Guthaben erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account or the recipient is not registered with the eERC registrar; register it first.</source>
        <translation>Das Konto oder der Empfänger ist nicht beim eERC-Registrar registriert; registrieren Sie es zuerst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proof was made for another chain; check that the network of the profile is the contract&apos;s network.</source>
        <translation>Der Beweis wurde für eine andere Chain erstellt; prüfen Sie, ob das Netzwerk des Profils das Netzwerk des Vertrags ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mint proof&apos;s nullifier is invalid or was already used; build a new mint proof.</source>
        <translation>Der Nullifier des Mint-Beweises ist ungültig oder wurde bereits verwendet; erstellen Sie einen neuen Mint-Beweis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contract does not allow this operation in its mode (converter or standalone).</source>
        <translation>Der Vertrag erlaubt diesen Vorgang in seinem Modus (Converter oder Standalone) nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token transfer failed: the contract did not receive the exact amount (tokens that charge transfer fees are not supported).</source>
        <translation>Die Token-Übertragung ist fehlgeschlagen: Der Vertrag hat nicht genau den Betrag erhalten (Token, die Übertragungsgebühren erheben, werden nicht unterstützt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token is not known to the eERC contract: nothing of it was ever deposited.</source>
        <translation>Der Token ist dem eERC-Vertrag nicht bekannt: Davon wurde nie etwas eingezahlt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The zero address was given where a real address is needed.</source>
        <translation>Die Nulladresse wurde angegeben, wo eine echte Adresse benötigt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token %1 is blacklisted by the contract owner, so it cannot be deposited.</source>
        <translation>Der Token %1 wurde vom Vertragseigentümer gesperrt und kann daher nicht eingezahlt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registration proof was made for another address than the sending account.</source>
        <translation>Der Registrierungsbeweis wurde für eine andere Adresse als das sendende Konto erstellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registration hash in the proof is out of range; build the registration proof again.</source>
        <translation>Der Registrierungs-Hash im Beweis liegt außerhalb des gültigen Bereichs; erstellen Sie den Registrierungsbeweis neu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account is already registered with this key.</source>
        <translation>Dieses Konto ist bereits mit diesem Schlüssel registriert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account is not allowed to do this.</source>
        <translation>Das Konto darf dies nicht tun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contract has no auditor key yet; the contract owner must set the auditor first.</source>
        <translation>Der Vertrag hat noch keinen Prüferschlüssel; der Vertragseigentümer muss zuerst den Prüfer festlegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account %1 is not the contract owner, so it may not do this.</source>
        <translation>Das Konto %1 ist nicht der Vertragseigentümer und darf dies daher nicht tun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address %1 cannot become the contract owner.</source>
        <translation>Die Adresse %1 kann nicht Vertragseigentümer werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token contract %1 refused the transfer (check the balance and the allowance).</source>
        <translation>Der Token-Vertrag %1 hat die Übertragung abgelehnt (prüfen Sie Guthaben und Freigabe).</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>The contract hit an internal error: an unknown internal error (panic code %1).</source>
        <translation>Im Vertrag ist ein interner Fehler aufgetreten: ein unbekannter interner Fehler (Panic-Code %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The contract hit an internal error: a generic compiler-inserted error (panic code %1).</source>
        <translation>Im Vertrag ist ein interner Fehler aufgetreten: ein generischer, vom Compiler eingefügter Fehler (Panic-Code %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contract hit an internal error: an assertion failed (panic code %1).</source>
        <translation>Im Vertrag ist ein interner Fehler aufgetreten: eine fehlgeschlagene Assertion (Panic-Code %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contract hit an internal error: an arithmetic overflow or underflow (panic code %1).</source>
        <translation>Im Vertrag ist ein interner Fehler aufgetreten: ein arithmetischer Über- oder Unterlauf (Panic-Code %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contract hit an internal error: a division or modulo by zero (panic code %1).</source>
        <translation>Im Vertrag ist ein interner Fehler aufgetreten: eine Division oder Modulo-Operation durch null (Panic-Code %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contract hit an internal error: a conversion to an invalid enum value (panic code %1).</source>
        <translation>Im Vertrag ist ein interner Fehler aufgetreten: eine Umwandlung in einen ungültigen Enum-Wert (Panic-Code %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contract hit an internal error: a corrupted storage byte array (panic code %1).</source>
        <translation>Im Vertrag ist ein interner Fehler aufgetreten: ein beschädigtes Byte-Array im Storage (Panic-Code %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contract hit an internal error: a pop from an empty array (panic code %1).</source>
        <translation>Im Vertrag ist ein interner Fehler aufgetreten: ein pop auf einem leeren Array (Panic-Code %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contract hit an internal error: an array index out of bounds (panic code %1).</source>
        <translation>Im Vertrag ist ein interner Fehler aufgetreten: ein Array-Index außerhalb der Grenzen (Panic-Code %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contract hit an internal error: too much memory allocated (panic code %1).</source>
        <translation>Im Vertrag ist ein interner Fehler aufgetreten: zu viel Speicher zugewiesen (Panic-Code %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contract hit an internal error: a call to an uninitialised internal function (panic code %1).</source>
        <translation>Im Vertrag ist ein interner Fehler aufgetreten: ein Aufruf einer nicht initialisierten internen Funktion (Panic-Code %1).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The transaction reverted without a reason.</source>
        <translation>Die Transaktion wurde ohne Begründung zurückgesetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The transaction reverted with malformed error data (0x%1).</source>
        <translation>Die Transaktion wurde mit fehlerhaften Fehlerdaten zurückgesetzt (0x%1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The transaction reverted with a malformed reason message.</source>
        <translation>Die Transaktion wurde mit einer fehlerhaften Begründung zurückgesetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The transaction reverted with an empty reason.</source>
        <translation>Die Transaktion wurde mit einer leeren Begründung zurückgesetzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contract refused the transaction: &quot;%1&quot;.</source>
        <translation>Der Vertrag hat die Transaktion abgelehnt: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The contract hit an internal error (malformed panic code).</source>
        <translation>Im Vertrag ist ein interner Fehler aufgetreten (fehlerhafter Panic-Code).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The contract reverted with error %1, but its data is malformed.</source>
        <translation>Der Vertrag wurde mit dem Fehler %1 zurückgesetzt, aber dessen Daten sind fehlerhaft.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The transaction reverted with an unknown error (selector %1).</source>
        <translation>Die Transaktion wurde mit einem unbekannten Fehler zurückgesetzt (Selektor %1).</translation>
    </message>
    <message>
        <location filename="../core/chain/rlp.cpp" line="+40"/>
        <source>The RLP data is malformed (a length exceeds the data).</source>
        <translation>Die RLP-Daten sind fehlerhaft (eine Länge überschreitet die Daten).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The RLP data is malformed (an item is missing).</source>
        <translation>Die RLP-Daten sind fehlerhaft (ein Element fehlt).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The RLP data is malformed (a length is truncated).</source>
        <translation>Die RLP-Daten sind fehlerhaft (eine Länge ist abgeschnitten).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The RLP data is malformed (a length has a leading zero).</source>
        <translation>Die RLP-Daten sind fehlerhaft (eine Länge hat eine führende Null).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The RLP data is malformed (a short length uses the long form).</source>
        <translation>Die RLP-Daten sind fehlerhaft (eine kurze Länge verwendet die lange Form).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The RLP data is malformed (a single byte below 0x80 is not encoded as itself).</source>
        <translation>Die RLP-Daten sind fehlerhaft (ein einzelnes Byte unter 0x80 ist nicht als es selbst kodiert).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The RLP data is malformed (lists are nested too deeply).</source>
        <translation>Die RLP-Daten sind fehlerhaft (Listen sind zu tief verschachtelt).</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The RLP data is malformed (there are bytes after the item).</source>
        <translation>Die RLP-Daten sind fehlerhaft (nach dem Element folgen weitere Bytes).</translation>
    </message>
    <message>
        <location filename="../core/chain/transaction.cpp" line="+51"/>
        <source>The priority fee is higher than the maximum fee per gas; raise the maximum fee or lower the priority fee.</source>
        <translation>Die Prioritätsgebühr ist höher als die Höchstgebühr pro Gas; erhöhen Sie die Höchstgebühr oder senken Sie die Prioritätsgebühr.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The transaction is malformed (it is empty).</source>
        <translation>Die Transaktion ist fehlerhaft (sie ist leer).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The transaction is malformed (it is not an EIP-1559 (type 2) transaction).</source>
        <translation>Die Transaktion ist fehlerhaft (sie ist keine EIP-1559-Transaktion (Typ 2)).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The transaction is malformed (its RLP encoding is invalid).</source>
        <translation>Die Transaktion ist fehlerhaft (ihre RLP-Kodierung ist ungültig).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The transaction is malformed (it is not an RLP list).</source>
        <translation>Die Transaktion ist fehlerhaft (sie ist keine RLP-Liste).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The transaction is malformed (it has %1 fields instead of 12).</source>
        <translation>Die Transaktion ist fehlerhaft (sie hat %1 Felder statt 12).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The transaction is malformed (an integer field is not a canonical integer in range).</source>
        <translation>Die Transaktion ist fehlerhaft (ein Ganzzahlfeld ist keine kanonische ganze Zahl im gültigen Bereich).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The transaction is malformed (the recipient is not an address).</source>
        <translation>Die Transaktion ist fehlerhaft (der Empfänger ist keine Adresse).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The transaction is malformed (the data is not a byte string).</source>
        <translation>Die Transaktion ist fehlerhaft (die Daten sind keine Bytefolge).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The transaction is malformed (the access list is not a list).</source>
        <translation>Die Transaktion ist fehlerhaft (die Zugriffsliste ist keine Liste).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The transaction is malformed (it has an access list, which is not supported).</source>
        <translation>Die Transaktion ist fehlerhaft (sie hat eine Zugriffsliste, was nicht unterstützt wird).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The transaction is malformed (its priority fee is above its maximum fee).</source>
        <translation>Die Transaktion ist fehlerhaft (ihre Prioritätsgebühr liegt über ihrer Höchstgebühr).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The transaction is malformed (the signature fields are invalid).</source>
        <translation>Die Transaktion ist fehlerhaft (die Signaturfelder sind ungültig).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The transaction is malformed (the signature values are out of range).</source>
        <translation>Die Transaktion ist fehlerhaft (die Signaturwerte liegen außerhalb des gültigen Bereichs).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The transaction is malformed (the signer cannot be recovered).</source>
        <translation>Die Transaktion ist fehlerhaft (der Unterzeichner kann nicht ermittelt werden).</translation>
    </message>
    <message>
        <location filename="../core/chain/tx_sender.cpp" line="+94"/>
        <source>the node estimates %1 gas for this transaction, more than the limit of %2 this profile allows; nothing was signed. Check the RPC node, or raise the limit in the profile&apos;s settings if you trust it.</source>
        <translation>der Knoten schätzt %1 Gas für diese Transaktion, mehr als das Limit von %2, das dieses Profil erlaubt; es wurde nichts signiert. Prüfen Sie den RPC-Knoten oder erhöhen Sie das Limit in den Einstellungen des Profils, wenn Sie ihm vertrauen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the node asks for a fee of up to %1 gwei per gas, more than the cap of %2 gwei this profile allows; nothing was signed. Wait for fees to fall, use another RPC node, or raise the cap in the profile&apos;s settings.</source>
        <translation>der Knoten verlangt eine Gebühr von bis zu %1 gwei pro Gas, mehr als die Obergrenze von %2 gwei, die dieses Profil erlaubt; es wurde nichts signiert. Warten Sie, bis die Gebühren sinken, verwenden Sie einen anderen RPC-Knoten oder erhöhen Sie die Obergrenze in den Einstellungen des Profils.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the network fee rose to at most %1 since you approved at most %2; nothing was signed. Check the claim again to approve the new fee.</source>
        <translation>die Netzwerkgebühr ist auf höchstens %1 gestiegen, nachdem Sie höchstens %2 genehmigt hatten; es wurde nichts signiert. Prüfen Sie die Einlösung erneut, um die neue Gebühr zu genehmigen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the node reported a different transaction hash than the one signed; it cannot be trusted.</source>
        <translation>der Knoten hat einen anderen Transaktions-Hash gemeldet als den signierten; ihm kann nicht vertraut werden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the RPC node now serves chain %1, not %2; nothing was sent. Check the node.</source>
        <translation>der RPC-Knoten bedient jetzt die Chain %1, nicht %2; es wurde nichts gesendet. Prüfen Sie den Knoten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the transaction was not sent because it could not be recorded first: %1</source>
        <translation>die Transaktion wurde nicht gesendet, weil sie nicht vorher gespeichert werden konnte: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sending the transaction failed: %1</source>
        <translation>das Senden der Transaktion ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>the transaction is not confirmed yet after %1 s; it may still be included later. Its hash is kept.</source>
        <translation>die Transaktion ist nach %1 s noch nicht bestätigt; sie kann später noch aufgenommen werden. Ihr Hash wird aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>crypto</name>
    <message>
        <location filename="../core/crypto/pct.cpp" line="+53"/>
        <source>There is no encrypted amount here (the record is empty).</source>
        <translation>Hier ist kein verschlüsselter Betrag vorhanden (der Datensatz ist leer).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The encrypted amount is malformed: its key point is not a valid BabyJubJub point. It was not produced by a valid eERC transaction.</source>
        <translation>Der verschlüsselte Betrag ist fehlerhaft: Sein Schlüsselpunkt ist kein gültiger BabyJubJub-Punkt. Er stammt nicht aus einer gültigen eERC-Transaktion.</translation>
    </message>
    <message>
        <location filename="../core/crypto/poseidon_cipher.cpp" line="+75"/>
        <source>The encrypted value carries an invalid nonce (2^128 or more); it was not produced by a valid eERC transaction.</source>
        <translation>Der verschlüsselte Wert enthält eine ungültige Nonce (2^128 oder mehr); er stammt nicht aus einer gültigen eERC-Transaktion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted value has the wrong number of elements for its length; the data is corrupt.</source>
        <translation>Der verschlüsselte Wert hat für seine Länge die falsche Anzahl von Elementen; die Daten sind beschädigt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This encrypted value cannot be decrypted with your key: it is addressed to someone else or has been altered.</source>
        <translation>Dieser verschlüsselte Wert kann mit Ihrem Schlüssel nicht entschlüsselt werden: Er ist an jemand anderen gerichtet oder wurde verändert.</translation>
    </message>
    <message>
        <location filename="../core/crypto/secp256k1.cpp" line="+47"/>
        <source>An address must be 0x followed by 40 hexadecimal digits.</source>
        <translation>Eine Adresse muss aus 0x gefolgt von 40 Hexadezimalziffern bestehen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The address checksum (EIP-55 capitalisation) is wrong: check for a typo.</source>
        <translation>Die Prüfsumme der Adresse (EIP-55-Groß-/Kleinschreibung) ist falsch: Prüfen Sie sie auf Tippfehler.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A public key must be 33 (compressed) or 65 (uncompressed) bytes.</source>
        <translation>Ein öffentlicher Schlüssel muss 33 (komprimiert) oder 65 (unkomprimiert) Bytes lang sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The public key is not a point on secp256k1.</source>
        <translation>Der öffentliche Schlüssel ist kein Punkt auf secp256k1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A private key must be exactly 32 bytes.</source>
        <translation>Ein privater Schlüssel muss genau 32 Bytes lang sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The private key is out of range (zero or not below the curve order).</source>
        <translation>Der private Schlüssel liegt außerhalb des gültigen Bereichs (null oder nicht kleiner als die Kurvenordnung).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A private key must be 64 hexadecimal digits (optionally after 0x).</source>
        <translation>Ein privater Schlüssel muss aus 64 Hexadezimalziffern bestehen (optional nach 0x).</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>A signature must be 65 bytes (r, s, v).</source>
        <translation>Eine Signatur muss 65 Bytes lang sein (r, s, v).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The signature&apos;s v byte must be 27 or 28 (or 0 or 1).</source>
        <translation>Das v-Byte der Signatur muss 27 oder 28 (bzw. 0 oder 1) sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature&apos;s r or s is out of range.</source>
        <translation>Der r- oder s-Wert der Signatur liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No public key can be recovered from this signature.</source>
        <translation>Aus dieser Signatur kann kein öffentlicher Schlüssel ermittelt werden.</translation>
    </message>
</context>
<context>
    <name>eerc</name>
    <message>
        <location filename="../core/eerc/artifact_store.cpp" line="+21"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fetching the circuit files was cancelled.</source>
        <translation>Das Abrufen der Schaltkreisdateien wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The network description gives no valid SHA-256 for circuit %1&apos;s %2 file; ask the operator to publish one.</source>
        <translation>Die Netzwerkbeschreibung gibt für die %2-Datei des Schaltkreises %1 keinen gültigen SHA-256 an; bitten Sie den Betreiber, einen zu veröffentlichen.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The local circuit %1&apos;s %2 file (%3) does not match the SHA-256 the network names; rebuild it or fix the network description.</source>
        <translation>Die lokale %2-Datei des Schaltkreises %1 (%3) stimmt nicht mit dem SHA-256 überein, den das Netzwerk angibt; erstellen Sie sie neu oder korrigieren Sie die Netzwerkbeschreibung.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The cached circuit %1&apos;s %2 file is damaged and cannot be deleted (%3); delete it by hand and try again.</source>
        <translation>Die zwischengespeicherte %2-Datei des Schaltkreises %1 ist beschädigt und kann nicht gelöscht werden (%3); löschen Sie sie von Hand und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The circuit %1&apos;s %2 file is not on this computer and the network names no URL to download it from; ask the operator for it.</source>
        <translation>Die %2-Datei des Schaltkreises %1 ist nicht auf diesem Computer, und das Netzwerk nennt keine URL zum Herunterladen; bitten Sie den Betreiber darum.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The circuit %1&apos;s %2 file at %3 is larger than %4 MB, more than any circuit needs; check the network&apos;s operator URL.</source>
        <translation>Die %2-Datei des Schaltkreises %1 unter %3 ist größer als %4 MB, mehr als jeder Schaltkreis braucht; prüfen Sie die Betreiber-URL des Netzwerks.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Downloading the circuit %1&apos;s %2 file from %3 took too long; check the connection and try again.</source>
        <translation>Das Herunterladen der %2-Datei des Schaltkreises %1 von %3 hat zu lange gedauert; prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The circuit %1&apos;s %2 file cannot be downloaded from %3: %4</source>
        <translation>Die %2-Datei des Schaltkreises %1 kann nicht von %3 heruntergeladen werden: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloading the circuit %1&apos;s %2 file from %3 failed (%4); check the connection and try again.</source>
        <translation>Das Herunterladen der %2-Datei des Schaltkreises %1 von %3 ist fehlgeschlagen (%4); prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Downloading the circuit %1&apos;s %2 file from %3 failed with HTTP status %4; the operator&apos;s server may not publish it.</source>
        <translation>Das Herunterladen der %2-Datei des Schaltkreises %1 von %3 ist mit dem HTTP-Status %4 fehlgeschlagen; der Server des Betreibers veröffentlicht sie möglicherweise nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The downloaded circuit %1&apos;s %2 file does not match the SHA-256 the network names, so it was discarded; the server may be serving another version, ask the operator.</source>
        <translation>Die heruntergeladene %2-Datei des Schaltkreises %1 stimmt nicht mit dem SHA-256 überein, den das Netzwerk angibt, und wurde daher verworfen; der Server liefert möglicherweise eine andere Version, fragen Sie den Betreiber.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the circuit cache folder %1; check its permissions.</source>
        <translation>Der Cache-Ordner für Schaltkreise %1 kann nicht erstellt werden; prüfen Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <location filename="../core/eerc/circuit_prover.cpp" line="+17"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cannot load the circuit %1: %2</source>
        <translation>der Schaltkreis %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot load the proving key %1: %2</source>
        <translation>der Beweisschlüssel %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the circuit refused the input: %1</source>
        <translation>der Schaltkreis hat die Eingabe abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the circuit and the proving key do not belong together (witness of %1 values, key for %2).</source>
        <translation>der Schaltkreis und der Beweisschlüssel gehören nicht zusammen (Witness mit %1 Werten, Schlüssel für %2).</translation>
    </message>
    <message>
        <location filename="../core/eerc/key_derivation.cpp" line="+37"/>
        <source>A decryption key must be 1 to 64 hexadecimal digits, without 0x.</source>
        <translation>Ein Entschlüsselungsschlüssel muss aus 1 bis 64 Hexadezimalziffern bestehen, ohne 0x.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>No eERC key could be derived from this signature (1000 tries rejected).</source>
        <translation>Aus dieser Signatur konnte kein eERC-Schlüssel abgeleitet werden (1000 Versuche verworfen).</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>A signature must be 65 bytes (r, s, v).</source>
        <translation>Eine Signatur muss 65 Bytes lang sein (r, s, v).</translation>
    </message>
    <message>
        <location filename="../core/eerc/operations.cpp" line="+128"/>
        <source>the withdraw proving key has %1 public signals, the contract expects 16.</source>
        <translation>der Beweisschlüssel für die Abhebung hat %1 öffentliche Signale, der Vertrag erwartet 16.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the registration proving key has %1 public signals, the contract expects 5.</source>
        <translation>der Beweisschlüssel für die Registrierung hat %1 öffentliche Signale, der Vertrag erwartet 5.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>this address is already registered with a different eERC key; registering again would replace it and make the balance of the old key unreadable.</source>
        <translation>diese Adresse ist bereits mit einem anderen eERC-Schlüssel registriert; eine erneute Registrierung würde ihn ersetzen und das Guthaben des alten Schlüssels unlesbar machen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the registration transaction was dropped: another transaction of this account took its place; nothing was paid.</source>
        <translation>die Registrierungstransaktion wurde verworfen: Eine andere Transaktion dieses Kontos hat ihren Platz eingenommen; es wurde nichts bezahlt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node refused the registration transaction (%1); nothing was paid.</source>
        <translation>der Knoten hat die Registrierungstransaktion abgelehnt (%1); es wurde nichts bezahlt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the registration transaction failed on chain (block %1).</source>
        <translation>die Registrierungstransaktion ist auf der Chain fehlgeschlagen (Block %1).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>this address is not registered with the eERC contract; register first.</source>
        <translation>diese Adresse ist nicht beim eERC-Vertrag registriert; registrieren Sie sie zuerst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this address is registered with a different eERC key than the one given.</source>
        <translation>diese Adresse ist mit einem anderen eERC-Schlüssel registriert als dem angegebenen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the contract has never held this token, so there is nothing to claim.</source>
        <translation>der Vertrag hat diesen Token nie gehalten, daher gibt es nichts einzulösen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the balance cannot be read (its encrypted parts disagree and the amount is beyond the recovery bound); nothing can be claimed safely.</source>
        <translation>das Guthaben kann nicht gelesen werden (seine verschlüsselten Teile stimmen nicht überein und der Betrag liegt jenseits der Wiederherstellungsgrenze); es kann nichts sicher eingelöst werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the contract has no auditor key yet; claims are possible once the operator sets one.</source>
        <translation>der Vertrag hat noch keinen Prüferschlüssel; Einlösungen sind möglich, sobald der Betreiber einen festlegt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the token and the contract differ too much in decimals.</source>
        <translation>der Token und der Vertrag unterscheiden sich zu stark in ihren Dezimalstellen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the balance is zero: there is nothing to claim.</source>
        <translation>das Guthaben ist null: Es gibt nichts einzulösen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the amount is more than the balance of %1.</source>
        <translation>der Betrag übersteigt das Guthaben von %1.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>the contract would refuse this claim: %1</source>
        <translation>der Vertrag würde diese Einlösung ablehnen: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the claim transaction was dropped: another transaction of this account took its place; nothing was paid.</source>
        <translation>die Einlösungstransaktion wurde verworfen: Eine andere Transaktion dieses Kontos hat ihren Platz eingenommen; es wurde nichts bezahlt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node refused the claim transaction (%1); nothing was paid.</source>
        <translation>der Knoten hat die Einlösungstransaktion abgelehnt (%1); es wurde nichts bezahlt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the claim transaction failed on chain (block %1); the balance is unchanged.</source>
        <translation>die Einlösungstransaktion ist auf der Chain fehlgeschlagen (Block %1); das Guthaben ist unverändert.</translation>
    </message>
    <message>
        <location filename="../core/eerc/proof_inputs.cpp" line="+79"/>
        <source>the amount is more than the balance of %1 base units.</source>
        <translation>der Betrag übersteigt das Guthaben von %1 Basiseinheiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this account has never received anything, so there is nothing to claim.</source>
        <translation>dieses Konto hat noch nie etwas erhalten, daher gibt es nichts einzulösen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the contract has no auditor key set; no claim is possible until the operator sets one.</source>
        <translation>für den Vertrag ist kein Prüferschlüssel festgelegt; eine Einlösung ist erst möglich, wenn der Betreiber einen festlegt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the amount is out of the range the circuit accepts.</source>
        <translation>der Betrag liegt außerhalb des Bereichs, den der Schaltkreis akzeptiert.</translation>
    </message>
    <message>
        <location filename="../core/eerc/proof_inputs.h" line="+66"/>
        <source>the amount to claim must be more than zero.</source>
        <translation>der einzulösende Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <location filename="../core/eerc/reader.cpp" line="+12"/>
        <source>the contract returned an unexpected AuditorChanged event; check that the network&apos;s contract addresses are right.</source>
        <translation>der Vertrag hat ein unerwartetes AuditorChanged-Ereignis zurückgegeben; prüfen Sie, ob die Vertragsadressen des Netzwerks stimmen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the contract returned an unexpected PCT; check that the network&apos;s contract addresses are right.</source>
        <translation>der Vertrag hat ein unerwartetes PCT zurückgegeben; prüfen Sie, ob die Vertragsadressen des Netzwerks stimmen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the contract returned an unexpected PCT word; check that the network&apos;s contract addresses are right.</source>
        <translation>der Vertrag hat ein unerwartetes PCT-Wort zurückgegeben; prüfen Sie, ob die Vertragsadressen des Netzwerks stimmen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the contract returned an unexpected point; check that the network&apos;s contract addresses are right.</source>
        <translation>der Vertrag hat einen unerwarteten Punkt zurückgegeben; prüfen Sie, ob die Vertragsadressen des Netzwerks stimmen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the chain holds a point that is not on the BabyJubJub subgroup; the contract or the node cannot be trusted.</source>
        <translation>die Chain enthält einen Punkt, der nicht in der BabyJubJub-Untergruppe liegt; dem Vertrag oder dem Knoten kann nicht vertraut werden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no contract at %1 on this network; check the network settings.</source>
        <translation>unter %1 gibt es in diesem Netzwerk keinen Vertrag; prüfen Sie die Netzwerkeinstellungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the contract returned an unexpected %1 result; check that the network&apos;s contract addresses are right. (%2)</source>
        <translation>der Vertrag hat ein unerwartetes %1-Ergebnis zurückgegeben; prüfen Sie, ob die Vertragsadressen des Netzwerks stimmen. (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the RPC node is on chain %1, but this network is chain %2; check the RPC URL.</source>
        <translation>der RPC-Knoten ist auf Chain %1, aber dieses Netzwerk ist Chain %2; prüfen Sie die RPC-URL.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the contract returned an unexpected auditor key; check that the network&apos;s contract addresses are right.</source>
        <translation>der Vertrag hat einen unerwarteten Prüferschlüssel zurückgegeben; prüfen Sie, ob die Vertragsadressen des Netzwerks stimmen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the contract returned an unexpected auditor address; check that the network&apos;s contract addresses are right.</source>
        <translation>der Vertrag hat eine unerwartete Prüferadresse zurückgegeben; prüfen Sie, ob die Vertragsadressen des Netzwerks stimmen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the contract returned an unexpected token id; check that the network&apos;s contract addresses are right.</source>
        <translation>der Vertrag hat eine unerwartete Token-ID zurückgegeben; prüfen Sie, ob die Vertragsadressen des Netzwerks stimmen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the contract returned an unexpected number of decimals; check that the network&apos;s contract addresses are right.</source>
        <translation>der Vertrag hat eine unerwartete Anzahl von Dezimalstellen zurückgegeben; prüfen Sie, ob die Vertragsadressen des Netzwerks stimmen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the contract returned an unexpected token balance; check that the network&apos;s contract addresses are right.</source>
        <translation>der Vertrag hat ein unerwartetes Token-Guthaben zurückgegeben; prüfen Sie, ob die Vertragsadressen des Netzwerks stimmen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the contract returned an unexpected balance ciphertext; check that the network&apos;s contract addresses are right.</source>
        <translation>der Vertrag hat einen unerwarteten Guthaben-Chiffretext zurückgegeben; prüfen Sie, ob die Vertragsadressen des Netzwerks stimmen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the contract returned an unexpected balance; check that the network&apos;s contract addresses are right.</source>
        <translation>der Vertrag hat ein unerwartetes Guthaben zurückgegeben; prüfen Sie, ob die Vertragsadressen des Netzwerks stimmen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the contract returned an unexpected amount PCT; check that the network&apos;s contract addresses are right.</source>
        <translation>der Vertrag hat ein unerwartetes Betrags-PCT zurückgegeben; prüfen Sie, ob die Vertragsadressen des Netzwerks stimmen.</translation>
    </message>
    <message>
        <location filename="../core/eerc/units.cpp" line="+18"/>
        <source>the amount is too large.</source>
        <translation>der Betrag ist zu groß.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the contract keeps amounts with fewer decimals; give a rounder amount (a multiple of 10^%1 base units).</source>
        <translation>der Vertrag speichert Beträge mit weniger Dezimalstellen; geben Sie einen runderen Betrag an (ein Vielfaches von 10^%1 Basiseinheiten).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the token has fewer decimals than the contract, so part of this amount would be lost; give a rounder amount (a multiple of 10^%1 base units).</source>
        <translation>der Token hat weniger Dezimalstellen als der Vertrag, sodass ein Teil dieses Betrags verloren ginge; geben Sie einen runderen Betrag an (ein Vielfaches von 10^%1 Basiseinheiten).</translation>
    </message>
</context>
<context>
    <name>ledger</name>
    <message>
        <location filename="../core/ledger/allocation.cpp" line="+34"/>
        <source>the provider %1 is listed twice; an allocation needs one weight per provider.</source>
        <translation>der Anbieter %1 ist doppelt aufgeführt; eine Zuteilung braucht genau ein Gewicht pro Anbieter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the weights add up to more than 2^256; no allocation can be computed.</source>
        <translation>die Gewichte ergeben zusammen mehr als 2^256; es kann keine Zuteilung berechnet werden.</translation>
    </message>
    <message>
        <location filename="../core/ledger/earnings.cpp" line="+145"/>
        <source>The operator reports for cycle %1 the same transfer as for another cycle.</source>
        <translation>Der Betreiber meldet für Zyklus %1 dieselbe Übertragung wie für einen anderen Zyklus.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This payment is not in the operator&apos;s report, so it cannot be checked against the published figures.</source>
        <translation>Diese Zahlung ist nicht im Bericht des Betreibers enthalten und kann daher nicht mit den veröffentlichten Zahlen abgeglichen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The operator&apos;s report is not available; this payment will be checked when it is.</source>
        <translation>Der Bericht des Betreibers ist nicht verfügbar; diese Zahlung wird geprüft, sobald er verfügbar ist.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The earnings total is too large to show; the history holds amounts that cannot be real, refresh it from the chain.</source>
        <translation>Die Summe der Einnahmen ist zu groß für die Anzeige; der Verlauf enthält Beträge, die nicht echt sein können. Aktualisieren Sie ihn von der Chain.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The earnings total is too large to chart; refresh the history from the chain.</source>
        <translation>Die Summe der Einnahmen ist zu groß für das Diagramm; aktualisieren Sie den Verlauf von der Chain.</translation>
    </message>
    <message>
        <location filename="../core/ledger/fairness.cpp" line="+154"/>
        <source>The operator reports a transfer for cycle %1 that is not on chain.</source>
        <translation>Der Betreiber meldet für Zyklus %1 eine Übertragung, die nicht auf der Chain ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The payout of cycle %1 is not confirmed yet.</source>
        <translation>Die Auszahlung von Zyklus %1 ist noch nicht bestätigt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The transfer of cycle %1 is in a block the history has not reached yet; refresh to check it.</source>
        <translation>Die Übertragung von Zyklus %1 liegt in einem Block, den der Verlauf noch nicht erreicht hat; aktualisieren Sie, um sie zu prüfen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The transfer of cycle %1 is on chain but its amount could not be decrypted.</source>
        <translation>Die Übertragung von Zyklus %1 ist auf der Chain, aber ihr Betrag konnte nicht entschlüsselt werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cycle %1 has a total weight of 0, so no fair share can be computed for it.</source>
        <translation>Zyklus %1 hat ein Gesamtgewicht von 0, daher kann dafür kein fairer Anteil berechnet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The operator&apos;s figures for cycle %1 are inconsistent (your weight is above the total weight), so the payout cannot be checked.</source>
        <translation>Die Zahlen des Betreibers für Zyklus %1 sind widersprüchlich (Ihr Gewicht liegt über dem Gesamtgewicht), daher kann die Auszahlung nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cycle %1 paid %2 but the published figures give %3 or %4 (%5).</source>
        <translation>Zyklus %1 hat %2 ausgezahlt, aber nach den veröffentlichten Zahlen sind es %3 oder %4 (%5).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cycle %1 paid %2 but the published figures give %3 (%4).</source>
        <translation>Zyklus %1 hat %2 ausgezahlt, aber nach den veröffentlichten Zahlen sind es %3 (%4).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cycle %1 paid a fair %2, but the operator states %3.</source>
        <translation>Zyklus %1 hat faire %2 ausgezahlt, aber der Betreiber gibt %3 an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cycle %1 paid exactly the fair share (in whole units of the contract; the rest is dust).</source>
        <translation>Zyklus %1 hat genau den fairen Anteil ausgezahlt (in ganzen Einheiten des Vertrags; der Rest ist Staub).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cycle %1 paid exactly the fair share.</source>
        <translation>Zyklus %1 hat genau den fairen Anteil ausgezahlt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cycle %1 paid the fair share plus one unit from the rounding remainder.</source>
        <translation>Zyklus %1 hat den fairen Anteil plus eine Einheit aus dem Rundungsrest ausgezahlt.</translation>
    </message>
    <message>
        <location filename="../core/ledger/money.cpp" line="+18"/>
        <source>&apos;%1&apos; is not an amount; write it like 12.5 or 0.000001.</source>
        <translation>&apos;%1&apos; ist kein Betrag; schreiben Sie ihn z. B. als 12.5 oder 0.000001.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; has more than %2 digits after the point; the token has only %2 decimals.</source>
        <translation>&apos;%1&apos; hat mehr als %2 Stellen nach dem Dezimalpunkt; der Token hat nur %2 Dezimalstellen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is too large.</source>
        <translation>&apos;%1&apos; ist zu groß.</translation>
    </message>
    <message>
        <location filename="../core/ledger/statement.cpp" line="+48"/>
        <source>the statement has an invalid %1 (expected %2); the file is damaged or not a BackendShield statement.</source>
        <translation>der Nachweis enthält einen ungültigen Wert für %1 (erwartet: %2); die Datei ist beschädigt oder kein BackendShield-Nachweis.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a decimal string below the BabyJubJub subgroup order</source>
        <translation>eine Dezimalzeichenkette unterhalb der Ordnung der BabyJubJub-Untergruppe</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the line&apos;s value in token units with all the token&apos;s decimals</source>
        <translation>der Wert der Zeile in Token-Einheiten mit allen Dezimalstellen des Tokens</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>the statement is larger than 32 MiB; it is not a BackendShield statement.</source>
        <translation>der Nachweis ist größer als 32 MiB; er ist kein BackendShield-Nachweis.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the statement has version %1, which this version of BackendShield does not know; update BackendShield.</source>
        <translation>der Nachweis hat die Version %1, die diese Version von BackendShield nicht kennt; aktualisieren Sie BackendShield.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>a time after period.from</source>
        <translation>ein Zeitpunkt nach period.from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most 100000 lines</source>
        <translation>höchstens 100000 Zeilen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>lines ordered by block and log index, each event once</source>
        <translation>Zeilen nach Block und Log-Index sortiert, jedes Ereignis nur einmal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the number of lines</source>
        <translation>die Anzahl der Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sum of the lines&apos; amounts</source>
        <translation>die Summe der Beträge der Zeilen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+62"/>
        <source>Private revenue distribution client for eERC.</source>
        <translation>Client für vertrauliche Einnahmenverteilung mit eERC.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>Ein Bild des Fensters in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open on &lt;page&gt;: dashboard, earnings, claim, registration (provider); providers, servers, cycles (operator); verify, reports (auditor); activity, settings.</source>
        <translation>Mit &lt;page&gt; öffnen: dashboard, earnings, claim, registration (Anbieter); providers, servers, cycles (Betreiber); verify, reports (Prüfer); activity, settings.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep profiles (encrypted vaults) in &lt;dir&gt; instead of the user&apos;s data directory.</source>
        <translation>Profile (verschlüsselte Tresore) in &lt;dir&gt; statt im Datenverzeichnis des Benutzers speichern.</translation>
    </message>
</context>
<context>
    <name>operator</name>
    <message>
        <location filename="../core/operator/distribution.cpp" line="+65"/>
        <source>&apos;%1&apos; is not a time; write it in RFC 3339 with whole seconds, like 2026-11-01T00:00:00Z, or as a date like 2026-11-01 (midnight UTC).</source>
        <translation>&apos;%1&apos; ist keine Zeitangabe; schreiben Sie sie im Format RFC 3339 mit ganzen Sekunden, etwa 2026-11-01T00:00:00Z, oder als Datum wie 2026-11-01 (Mitternacht UTC).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the period needs a valid start and end time.</source>
        <translation>der Zeitraum benötigt einen gültigen Beginn und ein gültiges Ende.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the period&apos;s start and end must be whole seconds.</source>
        <translation>Beginn und Ende des Zeitraums müssen ganze Sekunden sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the period is empty: its end (%1) must come after its start (%2).</source>
        <translation>der Zeitraum ist leer: sein Ende (%1) muss nach seinem Beginn (%2) liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the pool is zero; give the amount to distribute.</source>
        <translation>der Pool ist null; geben Sie den zu verteilenden Betrag an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the pool is larger than the API accepts (2^255 base units).</source>
        <translation>der Pool ist größer, als die API akzeptiert (2^255 Basiseinheiten).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the pool &apos;%1&apos; is not usable: %2</source>
        <translation>der Pool &apos;%1&apos; ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the period overlaps cycle %1 (%2, %3 to %4); choose a period that ends by %3 or starts at %4 or later. Nothing was sent.</source>
        <translation>der Zeitraum überschneidet sich mit Zyklus %1 (%2, %3 bis %4); wählen Sie einen Zeitraum, der spätestens %3 endet oder frühestens %4 beginnt. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the period is that of the failed cycle %1, which can only be retried with its own pool of %2. Nothing was sent.</source>
        <translation>der Zeitraum ist der des fehlgeschlagenen Zyklus %1, der nur mit seinem eigenen Pool von %2 wiederholt werden kann. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the period overlaps the failed cycle %1 (%2, %3 to %4), which already paid some providers; retry that cycle with its own period instead. Nothing was sent.</source>
        <translation>der Zeitraum überschneidet sich mit dem fehlgeschlagenen Zyklus %1 (%2, %3 bis %4), der bereits einige Anbieter bezahlt hat; wiederholen Sie stattdessen diesen Zyklus mit seinem eigenen Zeitraum. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../core/operator/management_client.cpp" line="+91"/>
        <source>at most 500 entries per page, as asked</source>
        <translation>höchstens 500 Einträge pro Seite, wie angefragt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a cursor or null</source>
        <translation>ein Cursor oder null</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The operator&apos;s server sent more than %1 pages of providers; the list does not end, tell the operator.</source>
        <translation>Der Server des Betreibers hat mehr als %1 Seiten mit Anbietern gesendet; die Liste endet nicht, informieren Sie den Betreiber.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the reason must be at most 500 characters on one line.</source>
        <translation>die Begründung darf höchstens 500 Zeichen in einer Zeile umfassen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The operator&apos;s server has no provider %1; check the provider id. Nothing was changed.</source>
        <translation>Der Server des Betreibers hat keinen Anbieter %1; prüfen Sie die Anbieter-ID. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The operator&apos;s server refuses to make provider %1 %2 (%3); nothing was changed.</source>
        <translation>Der Server des Betreibers lehnt es ab, den Anbieter %1 auf %2 zu setzen (%3); es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operator&apos;s server refuses to make provider %1 %2; nothing was changed.</source>
        <translation>Der Server des Betreibers lehnt es ab, den Anbieter %1 auf %2 zu setzen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provider %1 is %2: %3</source>
        <translation>Anbieter %1 hat den Status %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The operator&apos;s server confirmed another provider or state than the one asked for; list the providers to see where things stand, and tell the operator.</source>
        <translation>Der Server des Betreibers hat einen anderen Anbieter oder Status als den angefragten bestätigt; lassen Sie die Anbieter auflisten, um den aktuellen Stand zu sehen, und informieren Sie den Betreiber.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The operator&apos;s server sent more than %1 pages of servers; the list does not end, tell the operator.</source>
        <translation>Der Server des Betreibers hat mehr als %1 Seiten mit Servern gesendet; die Liste endet nicht, informieren Sie den Betreiber.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a usage server needs a name of 1 to 100 characters on one line.</source>
        <translation>ein Nutzungsserver benötigt einen Namen mit 1 bis 100 Zeichen in einer Zeile.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The operator&apos;s server answered the creation of a usage server with HTTP %1 instead of 201.</source>
        <translation>Der Server des Betreibers hat auf das Anlegen eines Nutzungsservers mit HTTP %1 statt 201 geantwortet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The operator&apos;s server created a usage server with another name than the one asked for; revoke it and tell the operator.</source>
        <translation>Der Server des Betreibers hat einen Nutzungsserver mit einem anderen als dem angefragten Namen angelegt; widerrufen Sie ihn und informieren Sie den Betreiber.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The operator&apos;s server has no active usage server %1 (%2); list the servers to see which are active.</source>
        <translation>Der Server des Betreibers hat keinen aktiven Nutzungsserver %1 (%2); lassen Sie die Server auflisten, um zu sehen, welche aktiv sind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The operator&apos;s server has no active usage server %1; list the servers to see which are active.</source>
        <translation>Der Server des Betreibers hat keinen aktiven Nutzungsserver %1; lassen Sie die Server auflisten, um zu sehen, welche aktiv sind.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The operator&apos;s server answered the revocation with HTTP %1 instead of 204; list the servers to check it is revoked.</source>
        <translation>Der Server des Betreibers hat auf den Widerruf mit HTTP %1 statt 204 geantwortet; lassen Sie die Server auflisten, um zu prüfen, ob er widerrufen ist.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The operator&apos;s server sent more than %1 pages of revenue/cycles; the list does not end, tell the operator.</source>
        <translation>Der Server des Betreibers hat mehr als %1 Seiten von revenue/cycles gesendet; die Liste endet nicht, informieren Sie den Betreiber.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The operator&apos;s server has no cycle %1; check the cycle id.</source>
        <translation>Der Server des Betreibers hat keinen Zyklus %1; prüfen Sie die Zyklus-ID.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The operator&apos;s server answered with another cycle than the one asked for; tell the operator.</source>
        <translation>Der Server des Betreibers hat mit einem anderen als dem angefragten Zyklus geantwortet; informieren Sie den Betreiber.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The operator cannot fund a pool of %1 (%2); add USDC to the operator&apos;s wallet or choose a smaller pool.</source>
        <translation>Der Betreiber kann keinen Pool von %1 finanzieren (%2); fügen Sie der Wallet des Betreibers USDC hinzu oder wählen Sie einen kleineren Pool.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The operator cannot fund a pool of %1; add USDC to the operator&apos;s wallet or choose a smaller pool.</source>
        <translation>Der Betreiber kann keinen Pool von %1 finanzieren; fügen Sie der Wallet des Betreibers USDC hinzu oder wählen Sie einen kleineren Pool.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The operator&apos;s server computed a dry run for another period or pool than the one asked for; tell the operator.</source>
        <translation>Der Server des Betreibers hat einen Probelauf für einen anderen Zeitraum oder Pool als den angefragten berechnet; informieren Sie den Betreiber.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cycle %1 is not a failed cycle of this period and pool any more; list the cycles to see its state.</source>
        <translation>der Zyklus %1 ist kein fehlgeschlagener Zyklus dieses Zeitraums und Pools mehr; lassen Sie die Zyklen auflisten, um seinen Status zu sehen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The operator&apos;s server refuses to start this cycle (%1): a period may not overlap a cycle that did not fail, and a failed cycle is retried with its own period and pool. Nothing was started.</source>
        <translation>Der Server des Betreibers lehnt den Start dieses Zyklus ab (%1): ein Zeitraum darf sich nicht mit einem Zyklus überschneiden, der nicht fehlgeschlagen ist, und ein fehlgeschlagener Zyklus wird mit seinem eigenen Zeitraum und Pool wiederholt. Es wurde nichts gestartet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The operator&apos;s server refuses to start this cycle: a period may not overlap a cycle that did not fail, and a failed cycle is retried with its own period and pool. Nothing was started.</source>
        <translation>Der Server des Betreibers lehnt den Start dieses Zyklus ab: ein Zeitraum darf sich nicht mit einem Zyklus überschneiden, der nicht fehlgeschlagen ist, und ein fehlgeschlagener Zyklus wird mit seinem eigenen Zeitraum und Pool wiederholt. Es wurde nichts gestartet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The operator cannot fund a pool of %1 (%2); add USDC to the operator&apos;s wallet or choose a smaller pool. Nothing was started.</source>
        <translation>Der Betreiber kann keinen Pool von %1 finanzieren (%2); fügen Sie der Wallet des Betreibers USDC hinzu oder wählen Sie einen kleineren Pool. Es wurde nichts gestartet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The operator cannot fund a pool of %1; add USDC to the operator&apos;s wallet or choose a smaller pool. Nothing was started.</source>
        <translation>Der Betreiber kann keinen Pool von %1 finanzieren; fügen Sie der Wallet des Betreibers USDC hinzu oder wählen Sie einen kleineren Pool. Es wurde nichts gestartet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 The cycle may have started anyway: list the cycles before asking again.</source>
        <translation>%1 Der Zyklus wurde möglicherweise trotzdem gestartet: lassen Sie die Zyklen auflisten, bevor Sie erneut anfragen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The operator&apos;s server answered the start of a cycle with HTTP %1 instead of 202; list the cycles to see what happened.</source>
        <translation>Der Server des Betreibers hat auf den Start eines Zyklus mit HTTP %1 statt 202 geantwortet; lassen Sie die Zyklen auflisten, um zu sehen, was geschehen ist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The operator&apos;s server started another cycle than the one asked for (%1); list the cycles and tell the operator.</source>
        <translation>Der Server des Betreibers hat einen anderen als den angefragten Zyklus gestartet (%1); lassen Sie die Zyklen auflisten und informieren Sie den Betreiber.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cycle %1 is %2; only a failed cycle can be retried.</source>
        <translation>der Zyklus %1 hat den Status %2; nur ein fehlgeschlagener Zyklus kann wiederholt werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Following the cycle was stopped; the cycle goes on on the server.</source>
        <translation>Die Verfolgung des Zyklus wurde beendet; der Zyklus läuft auf dem Server weiter.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cycle %1 is still %2 after %3 seconds; it goes on on the server, follow it again later.</source>
        <translation>Zyklus %1 hat nach %3 Sekunden noch immer den Status %2; er läuft auf dem Server weiter, verfolgen Sie ihn später erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cycle %1 is still not readable after %2 seconds; it goes on on the server, follow it again later.</source>
        <translation>Zyklus %1 ist nach %2 Sekunden noch immer nicht lesbar; er läuft auf dem Server weiter, verfolgen Sie ihn später erneut.</translation>
    </message>
    <message>
        <location filename="../core/operator/management_types.cpp" line="+44"/>
        <source>a cycle state of the spec, such as completed</source>
        <translation>ein Zyklusstatus der Spezifikation, etwa completed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>queued, submitted, confirmed or failed</source>
        <translation>queued, submitted, confirmed oder failed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a string of at most 2000 characters</source>
        <translation>eine Zeichenkette mit höchstens 2000 Zeichen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a string of at most 2000 characters, or null</source>
        <translation>eine Zeichenkette mit höchstens 2000 Zeichen oder null</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+33"/>
        <source>at most amount</source>
        <translation>höchstens amount</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>a transaction hash for a submitted or confirmed transfer</source>
        <translation>ein Transaktions-Hash für einen übermittelten oder bestätigten Transfer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the block and log index of a confirmed transfer</source>
        <translation>Block und Log-Index eines bestätigten Transfers</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>a provider becomes earning_revenue by itself when its first usage arrives; approve it (integrated) instead.</source>
        <translation>ein Anbieter wird von selbst zu earning_revenue, sobald seine erste Nutzung eingeht; genehmigen Sie ihn stattdessen (integrated).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the provider is %1 already; nothing was changed.</source>
        <translation>der Anbieter hat bereits den Status %1; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a suspended provider cannot be approved directly; reinstate it (registered) first, then approve it (integrated).</source>
        <translation>ein ausgesetzter Anbieter kann nicht direkt genehmigt werden; lassen Sie ihn zuerst wieder zu (registered) und genehmigen Sie ihn dann (integrated).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the provider is %1, past approval already; nothing was changed.</source>
        <translation>der Anbieter hat den Status %1 und ist damit bereits über die Genehmigung hinaus; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only a suspended provider can be reinstated (registered); this one is %1.</source>
        <translation>nur ein ausgesetzter Anbieter kann wieder zugelassen werden (registered); dieser hat den Status %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a provider cannot go from %1 to %2.</source>
        <translation>ein Anbieter kann nicht von %1 zu %2 wechseln.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>active or revoked</source>
        <translation>active oder revoked</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a time exactly when the status is revoked</source>
        <translation>ein Zeitpunkt genau dann, wenn der Status revoked ist</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>active for a server just created</source>
        <translation>active für einen gerade angelegten Server</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>16 to 1024 printable ASCII characters</source>
        <translation>16 bis 1024 druckbare ASCII-Zeichen</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+2"/>
        <source>at most pool</source>
        <translation>höchstens pool</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>true in the answer to a dry run</source>
        <translation>true in der Antwort auf einen Probelauf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>calculated or skipped_insufficient_usage</source>
        <translation>calculated oder skipped_insufficient_usage</translation>
    </message>
    <message>
        <location filename="../core/operator/operator_client.cpp" line="+28"/>
        <source>The operator&apos;s server sent an invalid nextCursor; tell the operator.</source>
        <translation>Der Server des Betreibers hat einen ungültigen nextCursor gesendet; informieren Sie den Betreiber.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operator&apos;s server sent the same page cursor twice; tell the operator.</source>
        <translation>Der Server des Betreibers hat denselben Seiten-Cursor zweimal gesendet; informieren Sie den Betreiber.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&apos;%1&apos; is not a valid id.</source>
        <translation>&apos;%1&apos; ist keine gültige ID.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the operator server URL is not usable: %1</source>
        <translation>die URL des Betreiberservers ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the operator server URL must not contain a query, a fragment or a user name; give the API base only, like https://shield.example.org/api/v1.</source>
        <translation>die URL des Betreiberservers darf keine Abfrage, kein Fragment und keinen Benutzernamen enthalten; geben Sie nur die API-Basis an, etwa https://shield.example.org/api/v1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the operator server URL is not valid; give the API base, like https://shield.example.org/api/v1.</source>
        <translation>die URL des Betreiberservers ist ungültig; geben Sie die API-Basis an, etwa https://shield.example.org/api/v1.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the request path &apos;%1&apos; is not valid for the operator API.</source>
        <translation>der Anfragepfad &apos;%1&apos; ist für die Betreiber-API ungültig.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The operator&apos;s server answered 304 Not Modified to a request without a cached copy; tell the operator.</source>
        <translation>Der Server des Betreibers hat auf eine Anfrage ohne zwischengespeicherte Kopie mit 304 Not Modified geantwortet; informieren Sie den Betreiber.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The operator&apos;s server answered with &apos;%1&apos; instead of JSON; check the server URL of the profile.</source>
        <translation>Der Server des Betreibers hat mit &apos;%1&apos; statt JSON geantwortet; prüfen Sie die Server-URL des Profils.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The operator&apos;s server sent an answer that is not a JSON object; tell the operator.</source>
        <translation>Der Server des Betreibers hat eine Antwort gesendet, die kein JSON-Objekt ist; informieren Sie den Betreiber.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a provider registers itself: the wallet key of %1 must sign the registration.</source>
        <translation>ein Anbieter registriert sich selbst: der Wallet-Schlüssel von %1 muss die Registrierung signieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the eERC public key is not set; derive the eERC key first.</source>
        <translation>der öffentliche eERC-Schlüssel ist nicht gesetzt; leiten Sie zuerst den eERC-Schlüssel ab.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The operator&apos;s server answered the registration with HTTP %1 instead of 200 or 201.</source>
        <translation>Der Server des Betreibers hat auf die Registrierung mit HTTP %1 statt 200 oder 201 geantwortet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The operator&apos;s server confirmed a registration with another address or eERC key than the one sent; tell the operator.</source>
        <translation>Der Server des Betreibers hat eine Registrierung mit einer anderen Adresse oder einem anderen eERC-Schlüssel als den gesendeten bestätigt; informieren Sie den Betreiber.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The operator&apos;s server answered with another provider than the one asked for; tell the operator.</source>
        <translation>Der Server des Betreibers hat mit einem anderen als dem angefragten Anbieter geantwortet; informieren Sie den Betreiber.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the earnings period must end after it starts.</source>
        <translation>der Einnahmenzeitraum muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The operator&apos;s server sent more than %1 pages of earnings; choose a shorter period and try again.</source>
        <translation>Der Server des Betreibers hat mehr als %1 Seiten mit Einnahmen gesendet; wählen Sie einen kürzeren Zeitraum und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The operator&apos;s server answered with another provider&apos;s earnings; tell the operator.</source>
        <translation>Der Server des Betreibers hat mit den Einnahmen eines anderen Anbieters geantwortet; informieren Sie den Betreiber.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The operator&apos;s earnings changed while they were being read; try again.</source>
        <translation>Die Einnahmen beim Betreiber haben sich während des Lesens geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The operator&apos;s server reports %1 earnings cycles but sent %2; tell the operator.</source>
        <translation>Der Server des Betreibers meldet %1 Einnahmenzyklen, hat aber %2 gesendet; informieren Sie den Betreiber.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the audit period must end after it starts.</source>
        <translation>der Prüfzeitraum muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 Or audit a shorter period: the answer lists every transfer.</source>
        <translation>%1 Oder prüfen Sie einen kürzeren Zeitraum: die Antwort führt jeden Transfer auf.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The operator&apos;s server answered the audit totals for another period than the one asked for; tell the operator.</source>
        <translation>Der Server des Betreibers hat die Summen für die Prüfung für einen anderen als den angefragten Zeitraum geliefert; informieren Sie den Betreiber.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The operator&apos;s server sent more than %1 pages of providers; tell the operator.</source>
        <translation>Der Server des Betreibers hat mehr als %1 Seiten mit Anbietern gesendet; informieren Sie den Betreiber.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The operator&apos;s server sent a provider list without items; tell the operator.</source>
        <translation>Der Server des Betreibers hat eine Anbieterliste ohne Einträge (items) gesendet; informieren Sie den Betreiber.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The operator&apos;s server sent a provider list with an item that is not an object; tell the operator.</source>
        <translation>Der Server des Betreibers hat eine Anbieterliste mit einem Eintrag gesendet, der kein Objekt ist; informieren Sie den Betreiber.</translation>
    </message>
    <message>
        <location filename="../core/operator/problem.cpp" line="+36"/>
        <source>Balances, claims and the chain part of an audit do not need it: they read the chain alone.</source>
        <translation>Guthaben, Einlösungen und der Chain-Teil einer Prüfung benötigen ihn nicht: sie lesen nur die Chain.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The request to the operator&apos;s server was cancelled.</source>
        <translation>Die Anfrage an den Server des Betreibers wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The operator&apos;s server at %1 did not answer in time; try again later. %2</source>
        <translation>Der Server des Betreibers unter %1 hat nicht rechtzeitig geantwortet; versuchen Sie es später erneut. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The operator&apos;s server at %1 is unavailable (%2); try again later. %3</source>
        <translation>Der Server des Betreibers unter %1 ist nicht erreichbar (%2); versuchen Sie es später erneut. %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The operator&apos;s server refused the request as invalid: %1; correct it and try again.</source>
        <translation>Der Server des Betreibers hat die Anfrage als ungültig abgelehnt: %1; korrigieren Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operator&apos;s server refused the request as invalid; correct it and try again.</source>
        <translation>Der Server des Betreibers hat die Anfrage als ungültig abgelehnt; korrigieren Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The operator&apos;s server did not accept this request&apos;s signature: %1; check that this computer&apos;s clock is correct, then try again.</source>
        <translation>Der Server des Betreibers hat die Signatur dieser Anfrage nicht akzeptiert: %1; prüfen Sie, ob die Uhr dieses Computers richtig geht, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The operator&apos;s server did not accept this request&apos;s signature; check that this computer&apos;s clock is correct, then try again.</source>
        <translation>Der Server des Betreibers hat die Signatur dieser Anfrage nicht akzeptiert; prüfen Sie, ob die Uhr dieses Computers richtig geht, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The operator&apos;s server does not allow this for the profile&apos;s address: %1; use the profile whose key has that role.</source>
        <translation>Der Server des Betreibers erlaubt dies für die Adresse des Profils nicht: %1; verwenden Sie das Profil, dessen Schlüssel diese Rolle hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The operator&apos;s server does not allow this for the profile&apos;s address; use the profile whose key has that role.</source>
        <translation>Der Server des Betreibers erlaubt dies für die Adresse des Profils nicht; verwenden Sie das Profil, dessen Schlüssel diese Rolle hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The operator&apos;s server does not know what was asked for: %1; check the provider id, or register first.</source>
        <translation>Der Server des Betreibers kennt das Angefragte nicht: %1; prüfen Sie die Anbieter-ID oder registrieren Sie sich zuerst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operator&apos;s server does not know what was asked for; check the provider id, or register first.</source>
        <translation>Der Server des Betreibers kennt das Angefragte nicht; prüfen Sie die Anbieter-ID oder registrieren Sie sich zuerst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The operator&apos;s server reports a conflict: %1; nothing was changed.</source>
        <translation>Der Server des Betreibers meldet einen Konflikt: %1; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operator&apos;s server reports a conflict; nothing was changed.</source>
        <translation>Der Server des Betreibers meldet einen Konflikt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The operator&apos;s server cannot accept this: %1.</source>
        <translation>Der Server des Betreibers kann dies nicht annehmen: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operator&apos;s server cannot accept this.</source>
        <translation>Der Server des Betreibers kann dies nicht annehmen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The operator&apos;s server is limiting requests from this client; try again in %1 seconds.</source>
        <translation>Der Server des Betreibers begrenzt die Anfragen dieses Clients; versuchen Sie es in %1 Sekunden erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The operator&apos;s server is limiting requests from this client; try again in a minute.</source>
        <translation>Der Server des Betreibers begrenzt die Anfragen dieses Clients; versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The operator&apos;s server at %1 is unavailable (HTTP %2); try again later. %3</source>
        <translation>Der Server des Betreibers unter %1 ist nicht erreichbar (HTTP %2); versuchen Sie es später erneut. %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The operator&apos;s server at %1 is unavailable (HTTP %2: %3); try again later. %4</source>
        <translation>Der Server des Betreibers unter %1 ist nicht erreichbar (HTTP %2: %3); versuchen Sie es später erneut. %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The operator&apos;s server answered with a redirect (HTTP %1), which this client does not follow; check the server URL of the profile.</source>
        <translation>Der Server des Betreibers hat mit einer Weiterleitung geantwortet (HTTP %1), der dieser Client nicht folgt; prüfen Sie die Server-URL des Profils.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The operator&apos;s server refused the request (HTTP %1).</source>
        <translation>Der Server des Betreibers hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The operator&apos;s server refused the request (HTTP %1: %2).</source>
        <translation>Der Server des Betreibers hat die Anfrage abgelehnt (HTTP %1: %2).</translation>
    </message>
    <message>
        <location filename="../core/operator/problem.h" line="+108"/>
        <source>The operator&apos;s server at %1 sent an answer larger than this client accepts; tell the operator.</source>
        <translation>Der Server des Betreibers unter %1 hat eine Antwort gesendet, die größer ist, als dieser Client akzeptiert; informieren Sie den Betreiber.</translation>
    </message>
    <message>
        <location filename="../core/operator/api_types.cpp" line="+26"/>
        <source>registered, integrated, earning_revenue or suspended</source>
        <translation>registered, integrated, earning_revenue oder suspended</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+229"/>
        <location filename="../core/operator/management_types.cpp" line="-297"/>
        <source>a time after periodStart</source>
        <translation>ein Zeitpunkt nach periodStart</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>at most totalWeight</source>
        <translation>höchstens totalWeight</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>the operator&apos;s server sent an invalid %1 (expected %2); tell the operator, their server or its configuration is broken.</source>
        <translation>der Server des Betreibers hat einen ungültigen Wert für %1 gesendet (erwartet: %2); informieren Sie den Betreiber, sein Server oder dessen Konfiguration ist defekt.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>a time after from</source>
        <translation>ein Zeitpunkt nach from</translation>
    </message>
</context>
<context>
    <name>util</name>
    <message>
        <location filename="../core/util/atomic_file.cpp" line="+37"/>
        <source>could not write %1 (%2)</source>
        <translation>%1 konnte nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists; choose another file name</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Dateinamen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is too large to be what it should be</source>
        <translation>%1 ist zu groß für das, was es sein sollte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the disk is full: could not write %1; free some space and try again</source>
        <translation>der Datenträger ist voll: %1 konnte nicht geschrieben werden; schaffen Sie Platz und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no permission to write %1; check the folder&apos;s permissions</source>
        <translation>keine Berechtigung zum Schreiben von %1; prüfen Sie die Berechtigungen des Ordners</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>could not create %1 (%2)</source>
        <translation>%1 konnte nicht erstellt werden (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot read %1 (%2)</source>
        <translation>%1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../core/util/http_client.cpp" line="+74"/>
        <source>&apos;%1&apos; is not a valid URL; give one like https://host/path.</source>
        <translation>&apos;%1&apos; ist keine gültige URL; geben Sie eine URL wie https://host/path an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the URL must start with https:// (or http:// for a local server), not &apos;%1://&apos;.</source>
        <translation>die URL muss mit https:// beginnen (oder mit http:// für einen lokalen Server), nicht mit &apos;%1://&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>plain http:// to %1 is refused: use https://, or allow plain HTTP for this profile if the network between you and the server is trusted.</source>
        <translation>unverschlüsseltes http:// zu %1 wird abgelehnt: Verwenden Sie https:// oder erlauben Sie unverschlüsseltes HTTP für dieses Profil, wenn das Netzwerk zwischen Ihnen und dem Server vertrauenswürdig ist.</translation>
    </message>
</context>
<context>
    <name>vault</name>
    <message>
        <location filename="../core/vault/audit_store.cpp" line="+18"/>
        <source>the auditor&apos;s scan state in the vault is damaged</source>
        <translation>der Scan-Stand des Prüfers im Tresor ist beschädigt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the auditor&apos;s events in the vault are damaged</source>
        <translation>die Ereignisse des Prüfers im Tresor sind beschädigt</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../core/vault/history_store.cpp" line="+116"/>
        <location line="+38"/>
        <source>the checkpoint block number is too large</source>
        <translation>die Blocknummer des Checkpoints ist zu groß</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an audit event is outside the blocks scanned</source>
        <translation>ein Prüfereignis liegt außerhalb der gescannten Blöcke</translation>
    </message>
    <message>
        <location filename="../core/vault/backup.cpp" line="+87"/>
        <source>the backup passphrase is empty; choose one</source>
        <translation>die Passphrase der Sicherung ist leer; wählen Sie eine</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the profile is too large to back up</source>
        <translation>das Profil ist zu groß für eine Sicherung</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the backup could not be encrypted (OpenSSL failed)</source>
        <translation>die Sicherung konnte nicht verschlüsselt werden (OpenSSL ist fehlgeschlagen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this is not a BackendShield vault backup (wrong magic)</source>
        <translation>dies ist keine BackendShield-Tresorsicherung (falsche Dateikennung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the backup file is truncated</source>
        <translation>die Sicherungsdatei ist abgeschnitten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the backup has format version %1, this program reads version %2; use a newer BackendShield</source>
        <translation>die Sicherung hat die Formatversion %1, dieses Programm liest Version %2; verwenden Sie eine neuere Version von BackendShield</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the backup file is damaged or not from BackendShield: %1</source>
        <translation>die Sicherungsdatei ist beschädigt oder stammt nicht von BackendShield: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the backup file is truncated or damaged (its length is wrong)</source>
        <translation>die Sicherungsdatei ist abgeschnitten oder beschädigt (ihre Länge ist falsch)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>wrong backup passphrase (or the backup file was altered): nothing was restored</source>
        <translation>falsche Passphrase für die Sicherung (oder die Sicherungsdatei wurde verändert): Es wurde nichts wiederhergestellt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the backup&apos;s contents are malformed</source>
        <translation>der Inhalt der Sicherung ist fehlerhaft</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the backup contains data this program does not know (field %1); use a newer BackendShield</source>
        <translation>die Sicherung enthält Daten, die dieses Programm nicht kennt (Feld %1); verwenden Sie eine neuere Version von BackendShield</translation>
    </message>
    <message>
        <location filename="../core/vault/claim_store.cpp" line="+12"/>
        <source>the claim has an invalid transaction hash</source>
        <translation>die Einlösung hat einen ungültigen Transaktions-Hash</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the claim&apos;s amount must be a decimal number of base units</source>
        <translation>der Betrag der Einlösung muss eine Dezimalzahl in Basiseinheiten sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the claim&apos;s token id or nonce is too large</source>
        <translation>die Token-ID oder die Nonce der Einlösung ist zu groß</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>a stored claim has an unknown state; the vault is damaged</source>
        <translation>eine gespeicherte Einlösung hat einen unbekannten Status; der Tresor ist beschädigt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no pending claim with transaction hash %1</source>
        <translation>keine ausstehende Einlösung mit dem Transaktions-Hash %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no failed claim with transaction hash %1; only a failed claim can be cleared</source>
        <translation>keine fehlgeschlagene Einlösung mit dem Transaktions-Hash %1; nur eine fehlgeschlagene Einlösung kann entfernt werden</translation>
    </message>
    <message>
        <location filename="../core/vault/file_lock.cpp" line="+65"/>
        <source>cannot create the vault&apos;s lock file %1 (%2); check the folder&apos;s permissions</source>
        <translation>die Sperrdatei %1 des Tresors kann nicht erstellt werden (%2); prüfen Sie die Berechtigungen des Ordners</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot lock the vault&apos;s lock file %1 (%2)</source>
        <translation>die Sperrdatei %1 des Tresors kann nicht gesperrt werden (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the vault is busy: another BackendShield process is changing it; try again in a moment</source>
        <translation>der Tresor ist belegt: Ein anderer BackendShield-Prozess ändert ihn gerade; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <location filename="../core/vault/history_store.cpp" line="-139"/>
        <source>a history entry&apos;s kind must be credit or debit</source>
        <translation>die Art eines Verlaufseintrags muss Gutschrift oder Belastung sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a history entry has an invalid transaction hash</source>
        <translation>ein Verlaufseintrag hat einen ungültigen Transaktions-Hash</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a history entry&apos;s amount must be a decimal number of base units</source>
        <translation>der Betrag eines Verlaufseintrags muss eine Dezimalzahl in Basiseinheiten sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a history entry&apos;s token id or block number is too large</source>
        <translation>die Token-ID oder die Blocknummer eines Verlaufseintrags ist zu groß</translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+49"/>
        <source>a history scan needs a name</source>
        <translation>ein Verlaufsscan braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../core/vault/kdf.cpp" line="+36"/>
        <source>the scrypt cost N must be a power of two between 2 and 2^20</source>
        <translation>der scrypt-Kostenparameter N muss eine Zweierpotenz zwischen 2 und 2^20 sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the scrypt parameters r and p are out of range (r 1..32, p 1..16)</source>
        <translation>die scrypt-Parameter r und p liegen außerhalb des gültigen Bereichs (r 1..32, p 1..16)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the scrypt parameters need more than 256 MiB of memory</source>
        <translation>die scrypt-Parameter benötigen mehr als 256 MiB Speicher</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the scrypt parameters are not ones BackendShield writes (r must be 8, p at most 4)</source>
        <translation>dies sind keine scrypt-Parameter, wie BackendShield sie schreibt (r muss 8 sein, p höchstens 4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the scrypt parameters ask for more work than BackendShield ever uses</source>
        <translation>die scrypt-Parameter verlangen mehr Rechenaufwand, als BackendShield je verwendet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the scrypt parameters are too weak: use N of at least 2^14 with r = 8 and p = 1</source>
        <translation>die scrypt-Parameter sind zu schwach: Verwenden Sie N von mindestens 2^14 mit r = 8 und p = 1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the scrypt parameters are too weak for this machine: leave them out to use the calibrated cost</source>
        <translation>die scrypt-Parameter sind für diesen Rechner zu schwach: Lassen Sie sie weg, um die kalibrierten Kosten zu verwenden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the passphrase key could not be derived (scrypt failed, probably out of memory); close other programs and try again</source>
        <translation>der Passphrase-Schlüssel konnte nicht abgeleitet werden (scrypt ist fehlgeschlagen, wahrscheinlich wegen Speichermangels); schließen Sie andere Programme und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../core/vault/records.cpp" line="+31"/>
        <source>the stored network cannot be read (%1); restore the vault from a backup</source>
        <translation>das gespeicherte Netzwerk kann nicht gelesen werden (%1); stellen Sie den Tresor aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <location filename="../core/vault/schema.cpp" line="+166"/>
        <source>this vault was written by a newer BackendShield (schema version %1, this program knows up to %2); update BackendShield to open it</source>
        <translation>dieser Tresor wurde von einer neueren Version von BackendShield geschrieben (Schemaversion %1, dieses Programm kennt Versionen bis %2); aktualisieren Sie BackendShield, um ihn zu öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the vault database has an invalid schema version</source>
        <translation>die Tresor-Datenbank hat eine ungültige Schemaversion</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the vault could not be upgraded to schema version %1: %2</source>
        <translation>der Tresor konnte nicht auf Schemaversion %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/vault/settings_store.cpp" line="+23"/>
        <source>a setting needs a name</source>
        <translation>eine Einstellung braucht einen Namen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the auto-lock time must be between 1 and 1440 minutes</source>
        <translation>die Zeit für die automatische Sperre muss zwischen 1 und 1440 Minuten liegen</translation>
    </message>
    <message>
        <location filename="../core/vault/sqlite_db.cpp" line="+141"/>
        <source>the disk is full: the change was not saved; free some space and try again</source>
        <translation>der Datenträger ist voll: Die Änderung wurde nicht gespeichert; schaffen Sie Platz und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a read or write error on the vault file (%1): nothing was changed; check the disk and try again</source>
        <translation>ein Lese- oder Schreibfehler bei der Tresordatei (%1): Es wurde nichts geändert; prüfen Sie den Datenträger und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a read or write error on the vault file: nothing was changed; check the disk and try again</source>
        <translation>ein Lese- oder Schreibfehler bei der Tresordatei: Es wurde nichts geändert; prüfen Sie den Datenträger und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the vault file is damaged, truncated or not a BackendShield vault (%1); it was not read: restore it from a backup</source>
        <translation>die Tresordatei ist beschädigt, abgeschnitten oder kein BackendShield-Tresor (%1); sie wurde nicht gelesen: Stellen Sie sie aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the vault file is damaged, truncated or not a BackendShield vault; it was not read: restore it from a backup</source>
        <translation>die Tresordatei ist beschädigt, abgeschnitten oder kein BackendShield-Tresor; sie wurde nicht gelesen: Stellen Sie sie aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the vault is in use by another BackendShield process; close it and try again</source>
        <translation>der Tresor wird von einem anderen BackendShield-Prozess verwendet; schließen Sie diesen und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the vault file is read-only; check its permissions</source>
        <translation>die Tresordatei ist schreibgeschützt; prüfen Sie ihre Berechtigungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the vault file cannot be opened (%1); check that it exists and is readable</source>
        <translation>die Tresordatei kann nicht geöffnet werden (%1); prüfen Sie, ob sie existiert und lesbar ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the vault file cannot be opened; check that it exists and is readable</source>
        <translation>die Tresordatei kann nicht geöffnet werden; prüfen Sie, ob sie existiert und lesbar ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>out of memory while using the vault</source>
        <translation>zu wenig Arbeitsspeicher bei der Verwendung des Tresors</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no permission to use the vault file; check its permissions</source>
        <translation>keine Berechtigung zur Verwendung der Tresordatei; prüfen Sie ihre Berechtigungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the vault database reported an error (%1)</source>
        <translation>die Tresor-Datenbank hat einen Fehler gemeldet (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the vault database reported an error</source>
        <translation>die Tresor-Datenbank hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>the vault database could not be keyed (SQLCipher refused the key)</source>
        <translation>der Schlüssel der Tresor-Datenbank konnte nicht gesetzt werden (SQLCipher hat den Schlüssel abgelehnt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this SQLite has no SQLCipher; BackendShield needs SQLCipher to open vaults (install the sqlcipher library it was built for)</source>
        <translation>dieses SQLite hat kein SQLCipher; BackendShield benötigt SQLCipher zum Öffnen von Tresoren (installieren Sie die sqlcipher-Bibliothek, für die es gebaut wurde)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the vault database could not be configured (SQLCipher refused &quot;%1&quot;)</source>
        <translation>die Tresor-Datenbank konnte nicht konfiguriert werden (SQLCipher hat &quot;%1&quot; abgelehnt)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the vault database could not be configured (%1 is not %2 in this SQLCipher)</source>
        <translation>die Tresor-Datenbank konnte nicht konfiguriert werden (%1 ist in diesem SQLCipher nicht %2)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the vault database returned no value for %1</source>
        <translation>die Tresor-Datenbank hat keinen Wert für %1 zurückgegeben</translation>
    </message>
    <message>
        <location filename="../core/vault/store.h" line="+26"/>
        <source>the vault is locked; unlock it with its passphrase first</source>
        <translation>der Tresor ist gesperrt; entsperren Sie ihn zuerst mit seiner Passphrase</translation>
    </message>
    <message>
        <location filename="../core/vault/vault.cpp" line="+61"/>
        <source>the vault database cannot be read with the key in its header: the file is damaged, truncated, or not the database this header belongs to; restore it from a backup</source>
        <translation>die Tresor-Datenbank kann mit dem Schlüssel in ihrem Header nicht gelesen werden: Die Datei ist beschädigt, abgeschnitten oder nicht die Datenbank, zu der dieser Header gehört; stellen Sie sie aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+20"/>
        <source>the vault file failed verification (%1): it is damaged or was altered; restore the vault from a backup</source>
        <translation>die Tresordatei hat die Überprüfung nicht bestanden (%1): Sie ist beschädigt oder wurde verändert; stellen Sie den Tresor aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>the vault file failed verification (no result): it is damaged or was altered; restore the vault from a backup</source>
        <translation>die Tresordatei hat die Überprüfung nicht bestanden (kein Ergebnis): Sie ist beschädigt oder wurde verändert; stellen Sie den Tresor aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the vault file failed verification: page %1 is damaged or was altered; restore the vault from a backup</source>
        <translation>die Tresordatei hat die Überprüfung nicht bestanden: Seite %1 ist beschädigt oder wurde verändert; stellen Sie den Tresor aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the vault file failed verification (unreadable integrity report): it is damaged or was altered; restore the vault from a backup</source>
        <translation>die Tresordatei hat die Überprüfung nicht bestanden (unlesbarer Integritätsbericht): Sie ist beschädigt oder wurde verändert; stellen Sie den Tresor aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the vault file failed verification (%1 free pages that cannot be checked): it is damaged or was altered; restore the vault from a backup</source>
        <translation>die Tresordatei hat die Überprüfung nicht bestanden (%1 freie Seiten, die nicht geprüft werden können): Sie ist beschädigt oder wurde verändert; stellen Sie den Tresor aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the vault file failed verification (page count unreadable): it is damaged or was altered; restore the vault from a backup</source>
        <translation>die Tresordatei hat die Überprüfung nicht bestanden (Seitenanzahl nicht lesbar): Sie ist beschädigt oder wurde verändert; stellen Sie den Tresor aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the vault file failed verification (unexpected page size %1): it is damaged or was altered; restore the vault from a backup</source>
        <translation>die Tresordatei hat die Überprüfung nicht bestanden (unerwartete Seitengröße %1): Sie ist beschädigt oder wurde verändert; stellen Sie den Tresor aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the vault file failed verification (file size %1 bytes, expected %2): it is damaged or was altered; restore the vault from a backup</source>
        <translation>die Tresordatei hat die Überprüfung nicht bestanden (Dateigröße %1 Bytes, erwartet %2): Sie ist beschädigt oder wurde verändert; stellen Sie den Tresor aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the profile name is empty; give the profile a name</source>
        <translation>der Profilname ist leer; geben Sie dem Profil einen Namen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the profile or network name is too long (at most 256 bytes)</source>
        <translation>der Profil- oder Netzwerkname ist zu lang (höchstens 256 Bytes)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the network has no chain id</source>
        <translation>das Netzwerk hat keine Chain-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the chain id or deployment block is too large</source>
        <translation>die Chain-ID oder der Deployment-Block ist zu groß</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a network URL is too long</source>
        <translation>eine Netzwerk-URL ist zu lang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the network description is too large (at most 1 MiB)</source>
        <translation>die Netzwerkbeschreibung ist zu groß (höchstens 1 MiB)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>invalid eERC decryption key: a decryption key must be 1 to 64 hexadecimal digits, without 0x.</source>
        <translation>ungültiger eERC-Entschlüsselungsschlüssel: Ein Entschlüsselungsschlüssel muss aus 1 bis 64 Hexadezimalziffern bestehen, ohne 0x.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid auditor key: a decryption key must be 1 to 64 hexadecimal digits, without 0x.</source>
        <translation>ungültiger Prüferschlüssel: Ein Entschlüsselungsschlüssel muss aus 1 bis 64 Hexadezimalziffern bestehen, ohne 0x.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>the vault&apos;s record of its passphrase protection is damaged; restore it from a backup</source>
        <translation>die Aufzeichnung des Tresors über seinen Passphrase-Schutz ist beschädigt; stellen Sie den Tresor aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the passphrase was changed elsewhere; lock and unlock again</source>
        <translation>die Passphrase wurde an anderer Stelle geändert; sperren und entsperren Sie den Tresor erneut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a passphrase change of this vault was interrupted after it re-encrypted the vault: unlock it with the NEW passphrase to finish the change (if that does not open it either, the vault file is damaged: restore it from a backup)</source>
        <translation>eine Passphrase-Änderung dieses Tresors wurde unterbrochen, nachdem der Tresor neu verschlüsselt wurde: Entsperren Sie ihn mit der NEUEN Passphrase, um die Änderung abzuschließen (wenn er sich auch damit nicht öffnen lässt, ist die Tresordatei beschädigt: Stellen Sie sie aus einer Sicherung wieder her)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a passphrase change of this vault was interrupted before it took effect: the OLD passphrase still opens the vault; unlock with it and change the passphrase again</source>
        <translation>eine Passphrase-Änderung dieses Tresors wurde unterbrochen, bevor sie wirksam wurde: Die ALTE Passphrase öffnet den Tresor weiterhin; entsperren Sie ihn damit und ändern Sie die Passphrase erneut</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>the vault has no profile: it is damaged; restore it from a backup</source>
        <translation>der Tresor hat kein Profil: Er ist beschädigt; stellen Sie ihn aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the vault&apos;s profile has an unknown role; restore it from a backup</source>
        <translation>das Profil des Tresors hat eine unbekannte Rolle; stellen Sie den Tresor aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>the header of an interrupted passphrase change (%1) is damaged: %2</source>
        <translation>der Header einer unterbrochenen Passphrase-Änderung (%1) ist beschädigt: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the vault database cannot be read with the key of either header: the file is damaged; restore it from a backup</source>
        <translation>die Tresor-Datenbank kann mit dem Schlüssel keines der beiden Header gelesen werden: Die Datei ist beschädigt; stellen Sie sie aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the passphrase is empty; choose one</source>
        <translation>die Passphrase ist leer; wählen Sie eine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (or its .header) already exists; choose another file name</source>
        <translation>%1 (oder die zugehörige .header-Datei) existiert bereits; wählen Sie einen anderen Dateinamen</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>the vault database %1 is missing (only its header exists); restore it from a backup</source>
        <translation>die Tresor-Datenbank %1 fehlt (nur ihr Header ist vorhanden); stellen Sie sie aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the vault database %1 is missing</source>
        <translation>die Tresor-Datenbank %1 fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the vault file is empty or truncated (%1 bytes); it was not read: restore it from a backup</source>
        <translation>die Tresordatei ist leer oder abgeschnitten (%1 Bytes); sie wurde nicht gelesen: Stellen Sie sie aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the vault database is empty or damaged (no schema); restore it from a backup</source>
        <translation>die Tresor-Datenbank ist leer oder beschädigt (kein Schema); stellen Sie sie aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the vault&apos;s header file is an older copy with weaker passphrase protection than the vault last had; it was refused: put the current header back or restore the vault from a backup</source>
        <translation>die Header-Datei des Tresors ist eine ältere Kopie mit schwächerem Passphrase-Schutz, als der Tresor zuletzt hatte; sie wurde abgelehnt: Legen Sie den aktuellen Header zurück oder stellen Sie den Tresor aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>the new passphrase is empty; choose one</source>
        <translation>die neue Passphrase ist leer; wählen Sie eine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the passphrase was not changed: %1</source>
        <translation>die Passphrase wurde nicht geändert: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>the passphrase change failed while re-encrypting the vault (%1); unlock it with the old or the new passphrase, and if neither opens it, restore it from a backup</source>
        <translation>die Passphrase-Änderung ist beim Neuverschlüsseln des Tresors fehlgeschlagen (%1); entsperren Sie ihn mit der alten oder der neuen Passphrase, und wenn keine von beiden ihn öffnet, stellen Sie ihn aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the passphrase change failed while re-encrypting the vault (neither key opens it); unlock it with the old or the new passphrase, and if neither opens it, restore it from a backup</source>
        <translation>die Passphrase-Änderung ist beim Neuverschlüsseln des Tresors fehlgeschlagen (keiner der beiden Schlüssel öffnet ihn); entsperren Sie ihn mit der alten oder der neuen Passphrase, und wenn keine von beiden ihn öffnet, stellen Sie ihn aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the vault could not be re-encrypted</source>
        <translation>der Tresor konnte nicht neu verschlüsselt werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the passphrase change could not be finished (%1): the vault now opens with the new passphrase only; unlock it with the new passphrase to finish the change</source>
        <translation>die Passphrase-Änderung konnte nicht abgeschlossen werden (%1): Der Tresor öffnet sich jetzt nur noch mit der neuen Passphrase; entsperren Sie ihn mit der neuen Passphrase, um die Änderung abzuschließen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the passphrase was changed, but the vault could not be opened again (%1); unlock it with the new passphrase</source>
        <translation>die Passphrase wurde geändert, aber der Tresor konnte nicht erneut geöffnet werden (%1); entsperren Sie ihn mit der neuen Passphrase</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no wallet key in this vault</source>
        <translation>kein Wallet-Schlüssel in diesem Tresor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the wallet key stored in the vault is invalid; restore it from a backup</source>
        <translation>der im Tresor gespeicherte Wallet-Schlüssel ist ungültig; stellen Sie den Tresor aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no eERC key in this vault</source>
        <translation>kein eERC-Schlüssel in diesem Tresor</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no auditor key in this vault</source>
        <translation>kein Prüferschlüssel in diesem Tresor</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 already exists; choose another file name</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Dateinamen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the wallet key stored in the vault is invalid</source>
        <translation>der im Tresor gespeicherte Wallet-Schlüssel ist ungültig</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the backup&apos;s wallet key is invalid</source>
        <translation>der Wallet-Schlüssel der Sicherung ist ungültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the backup&apos;s eERC key is invalid</source>
        <translation>der eERC-Schlüssel der Sicherung ist ungültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup&apos;s auditor key is invalid</source>
        <translation>der Prüferschlüssel der Sicherung ist ungültig</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the test&apos;s populate step failed</source>
        <translation>der Befüllungsschritt des Tests ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/vault/vault_header.cpp" line="+154"/>
        <source>the vault header file is not a BackendShield vault header (wrong magic)</source>
        <translation>die Header-Datei des Tresors ist kein BackendShield-Tresor-Header (falsche Dateikennung)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the vault header has format version %1, this program reads version %2; use a newer BackendShield</source>
        <translation>der Tresor-Header hat die Formatversion %1, dieses Programm liest Version %2; verwenden Sie eine neuere Version von BackendShield</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the vault header file is truncated or damaged</source>
        <translation>die Header-Datei des Tresors ist abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the vault header is damaged (unknown role)</source>
        <translation>der Tresor-Header ist beschädigt (unbekannte Rolle)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the vault header is damaged or not from BackendShield: %1</source>
        <translation>der Tresor-Header ist beschädigt oder stammt nicht von BackendShield: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the vault header %1 is missing: without it the vault cannot be opened (its creation was interrupted, or the file was lost); restore it or use a backup</source>
        <translation>der Tresor-Header %1 fehlt: Ohne ihn kann der Tresor nicht geöffnet werden (seine Erstellung wurde unterbrochen oder die Datei ging verloren); stellen Sie ihn wieder her oder verwenden Sie eine Sicherung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no vault at %1 (neither the vault nor %2 exists)</source>
        <translation>kein Tresor unter %1 (weder der Tresor noch %2 existiert)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>wrong passphrase (or the vault header was altered): the vault stays locked; try again</source>
        <translation>falsche Passphrase (oder der Tresor-Header wurde verändert): Der Tresor bleibt gesperrt; versuchen Sie es erneut</translation>
    </message>
</context>
<context>
    <name>wallet</name>
    <message>
        <location filename="../core/wallet/account.cpp" line="+139"/>
        <source>this address is registered on chain with a different eERC key; this profile cannot read its balance.</source>
        <translation>diese Adresse ist auf der Chain mit einem anderen eERC-Schlüssel registriert; dieses Profil kann ihr Guthaben nicht lesen.</translation>
    </message>
    <message>
        <location filename="../core/wallet/audit.cpp" line="+22"/>
        <source>this profile is a provider profile; verification needs an auditor profile (bshield vault create --role auditor --wallet-key-file &lt;the auditor&apos;s key&gt; ...).</source>
        <translation>dieses Profil ist ein Anbieterprofil; die Prüfung benötigt ein Prüferprofil (bshield vault create --role auditor --wallet-key-file &lt;Schlüssel des Prüfers&gt; ...).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this profile is an operator profile; verification needs an auditor profile (bshield vault create --role auditor --wallet-key-file &lt;the auditor&apos;s key&gt; ...).</source>
        <translation>dieses Profil ist ein Betreiberprofil; die Prüfung benötigt ein Prüferprofil (bshield vault create --role auditor --wallet-key-file &lt;Schlüssel des Prüfers&gt; ...).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>verification keeps its scan and its runs in a vault; open the auditor&apos;s vault.</source>
        <translation>die Prüfung bewahrt ihren Scan und ihre Prüfläufe in einem Tresor auf; öffnen Sie den Tresor des Prüfers.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the period&apos;s end must be after its start.</source>
        <translation>das Ende des Zeitraums muss nach seinem Beginn liegen.</translation>
    </message>
    <message>
        <location filename="../core/wallet/backup_restore.cpp" line="+36"/>
        <source>there is no file at %1; choose the backup file again.</source>
        <translation>unter %1 gibt es keine Datei; wählen Sie die Sicherungsdatei erneut aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a folder, not a backup file; choose the file.</source>
        <translation>%1 ist ein Ordner, keine Sicherungsdatei; wählen Sie die Datei aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enter the passphrase the backup was saved with.</source>
        <translation>geben Sie die Passphrase ein, mit der die Sicherung gespeichert wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a profile file named %1 exists already; choose another name (the existing profile stays as it is).</source>
        <translation>eine Profildatei namens %1 existiert bereits; wählen Sie einen anderen Namen (das vorhandene Profil bleibt unverändert).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the backup was read, but its profile cannot be opened here (%1); nothing was restored.</source>
        <translation>die Sicherung wurde gelesen, aber ihr Profil kann hier nicht geöffnet werden (%1); es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../core/wallet/circuits.cpp" line="+26"/>
        <source>the network&apos;s description names no %1 circuit; add the profile again from the operator&apos;s address (or give the network file) so the circuits are known.</source>
        <translation>die Beschreibung des Netzwerks nennt keinen %1-Schaltkreis; fügen Sie das Profil erneut über die Adresse des Betreibers hinzu (oder geben Sie die Netzwerkdatei an), damit die Schaltkreise bekannt sind.</translation>
    </message>
    <message>
        <location filename="../core/wallet/claims.cpp" line="+31"/>
        <source>the vault holds a malformed claim record (%1); check the vault with &apos;bshield vault unlock-check&apos;.</source>
        <translation>der Tresor enthält einen fehlerhaften Einlösungsdatensatz (%1); prüfen Sie den Tresor mit &apos;bshield vault unlock-check&apos;.</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>the claim transaction cannot be recorded: it is not a withdraw call.</source>
        <translation>die Einlösungstransaktion kann nicht erfasst werden: sie ist kein withdraw-Aufruf.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the node estimates %1 gas, more than the limit of %2 this profile allows. Check the RPC node, or raise the limit in the profile&apos;s settings if you trust it.</source>
        <translation>der Knoten schätzt %1 Gas, mehr als das Limit von %2, das dieses Profil erlaubt. Prüfen Sie den RPC-Knoten, oder erhöhen Sie das Limit in den Einstellungen des Profils, wenn Sie ihm vertrauen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the node asks for a fee of up to %1 gwei per gas, more than the cap of %2 gwei this profile allows. Wait for fees to fall, use another RPC node, or raise the cap in the profile&apos;s settings.</source>
        <translation>der Knoten verlangt eine Gebühr von bis zu %1 gwei pro Gas, mehr als die Obergrenze von %2 gwei, die dieses Profil erlaubt. Warten Sie, bis die Gebühren sinken, verwenden Sie einen anderen RPC-Knoten, oder erhöhen Sie die Obergrenze in den Einstellungen des Profils.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>an earlier claim (%1) is still unresolved: %2</source>
        <translation>eine frühere Einlösung (%1) ist noch ungeklärt: %2</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>this profile keeps no claims.</source>
        <translation>dieses Profil speichert keine Einlösungen.</translation>
    </message>
    <message>
        <location filename="../core/wallet/operator_actions.cpp" line="+66"/>
        <source>the network description states other decimals than the contracts hold (token %1, eERC %2); update the profile&apos;s network.</source>
        <translation>die Netzwerkbeschreibung gibt andere Dezimalstellen an, als die Verträge haben (Token %1, eERC %2); aktualisieren Sie das Netzwerk des Profils.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the network pays from the operator account %1, but this profile holds the key of %2; only the paying account&apos;s key can read its eERC balance. Use that account&apos;s profile.</source>
        <translation>das Netzwerk zahlt vom Betreiberkonto %1 aus, dieses Profil enthält aber den Schlüssel von %2; nur der Schlüssel des zahlenden Kontos kann dessen eERC-Guthaben lesen. Verwenden Sie das Profil dieses Kontos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the operator account %1 is registered with another eERC key than this profile&apos;s, so its eERC balance cannot be decrypted here; import the registered eERC key.</source>
        <translation>das Betreiberkonto %1 ist mit einem anderen eERC-Schlüssel als dem dieses Profils registriert, daher kann sein eERC-Guthaben hier nicht entschlüsselt werden; importieren Sie den registrierten eERC-Schlüssel.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the operator&apos;s eERC balance cannot be read: its encrypted parts disagree and the amount is beyond the recovery bound.</source>
        <translation>das eERC-Guthaben des Betreibers kann nicht gelesen werden: seine verschlüsselten Teile widersprechen sich, und der Betrag liegt jenseits der Wiederherstellungsgrenze.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the operator&apos;s eERC balance is too large to express in token units.</source>
        <translation>das eERC-Guthaben des Betreibers ist zu groß, um es in Token-Einheiten auszudrücken.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the operator cannot fund %1: the eERC balance (%2) and the wallet (%3) hold %4; add %5 to the operator&apos;s wallet or choose a smaller pool. Nothing was sent.</source>
        <translation>der Betreiber kann %1 nicht finanzieren: das eERC-Guthaben (%2) und die Wallet (%3) enthalten %4; fügen Sie der Wallet des Betreibers %5 hinzu oder wählen Sie einen kleineren Pool. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the operator cannot fund %1: the eERC balance (%2) and the wallet (%3) hold %4, of which unfinished cycles will still pay %5; add %6 to the operator&apos;s wallet or choose a smaller pool. Nothing was sent.</source>
        <translation>der Betreiber kann %1 nicht finanzieren: das eERC-Guthaben (%2) und die Wallet (%3) enthalten %4, wovon nicht abgeschlossene Zyklen noch %5 auszahlen werden; fügen Sie der Wallet des Betreibers %6 hinzu oder wählen Sie einen kleineren Pool. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the server lists provider %1 twice.</source>
        <translation>der Server führt Anbieter %1 doppelt auf.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the server&apos;s total weight is %1 but its providers&apos; weights add up to %2.</source>
        <translation>das Gesamtgewicht des Servers ist %1, die Gewichte seiner Anbieter ergeben zusammen aber %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server counts %1 providers but lists %2.</source>
        <translation>der Server zählt %1 Anbieter, führt aber %2 auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server would skip the cycle for lack of usage, but lists providers with usage.</source>
        <translation>der Server würde den Zyklus mangels Nutzung überspringen, führt aber Anbieter mit Nutzung auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server would pay a cycle without any usage.</source>
        <translation>der Server würde einen Zyklus ganz ohne Nutzung auszahlen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>provider %1: the server allocates %2 without any usage to weigh.</source>
        <translation>Anbieter %1: der Server teilt %2 zu, ohne dass es Nutzung zu gewichten gibt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>provider %1: the server allocates %2, the revenue rule gives %3.</source>
        <translation>Anbieter %1: der Server teilt %2 zu, die Einnahmenregel ergibt %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>provider %1: the server states a dust of %2, the decimals give %3.</source>
        <translation>Anbieter %1: der Server gibt einen Rundungsrest von %2 an, die Dezimalstellen ergeben %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server&apos;s amounts add up to %1, not to the pool of %2.</source>
        <translation>die Beträge des Servers ergeben zusammen %1, nicht den Pool von %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server allocates %1 without any usage.</source>
        <translation>der Server teilt %1 ohne jede Nutzung zu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server&apos;s dust total is %1 but its lines add up to %2.</source>
        <translation>der gesamte Rundungsrest des Servers ist %1, seine Zeilen ergeben zusammen aber %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>provider %1 is %2 and should not be paid.</source>
        <translation>Anbieter %1 hat den Status %2 und sollte nicht bezahlt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>provider %1 is not in the providers list and should not be paid.</source>
        <translation>Anbieter %1 steht nicht in der Anbieterliste und sollte nicht bezahlt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>provider %1 would be paid at %2 but registered %3.</source>
        <translation>Anbieter %1 würde an %2 bezahlt, hat aber %3 registriert.</translation>
    </message>
    <message>
        <location filename="../core/wallet/profile.cpp" line="+17"/>
        <source>the network file describes another deployment than the profile&apos;s.</source>
        <translation>die Netzwerkdatei beschreibt eine andere Bereitstellung als die des Profils.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the profile has no network; create it again from the network&apos;s description (bshield vault create --network, or add the profile in the app).</source>
        <translation>das Profil hat kein Netzwerk; legen Sie es aus der Beschreibung des Netzwerks neu an (bshield vault create --network, oder fügen Sie das Profil in der App hinzu).</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>this profile has no vault to back up.</source>
        <translation>dieses Profil hat keinen Tresor, der gesichert werden könnte.</translation>
    </message>
    <message>
        <location filename="../core/wallet/registration.cpp" line="+96"/>
        <source>the registration is incomplete; correct the marked fields.</source>
        <translation>die Registrierung ist unvollständig; korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <location filename="../core/wallet/role_keys.cpp" line="+36"/>
        <source>the network&apos;s description names no operator account, so this key cannot be checked; connect through the operator&apos;s server (its GET /network names the account).</source>
        <translation>die Beschreibung des Netzwerks nennt kein Betreiberkonto, daher kann dieser Schlüssel nicht geprüft werden; verbinden Sie sich über den Server des Betreibers (sein GET /network nennt das Konto).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this key belongs to %1, but the operator of this network is %2 (the account that sends the payouts); import that account&apos;s wallet key.</source>
        <translation>dieser Schlüssel gehört zu %1, der Betreiber dieses Netzwerks ist aber %2 (das Konto, das die Auszahlungen sendet); importieren Sie den Wallet-Schlüssel dieses Kontos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this key belongs to %1, but the operator of %2 is %3 (the account that sends the payouts); import that account&apos;s wallet key.</source>
        <translation>dieser Schlüssel gehört zu %1, der Betreiber von %2 ist aber %3 (das Konto, das die Auszahlungen sendet); importieren Sie den Wallet-Schlüssel dieses Kontos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the network&apos;s description names no auditor, so this key cannot be checked; ask the operator for the current description.</source>
        <translation>die Beschreibung des Netzwerks nennt keinen Prüfer, daher kann dieser Schlüssel nicht geprüft werden; fragen Sie den Betreiber nach der aktuellen Beschreibung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this key belongs to %1, but the auditor registered on this network is %2; import the wallet key of the auditor&apos;s account.</source>
        <translation>dieser Schlüssel gehört zu %1, der in diesem Netzwerk registrierte Prüfer ist aber %2; importieren Sie den Wallet-Schlüssel des Prüferkontos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this key belongs to %1, but the auditor registered on %2 is %3; import the wallet key of the auditor&apos;s account.</source>
        <translation>dieser Schlüssel gehört zu %1, der in %2 registrierte Prüfer ist aber %3; importieren Sie den Wallet-Schlüssel des Prüferkontos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this is the auditor account&apos;s wallet key, but the eERC key derived from it is not the auditor key this network names; the auditor key was set from another key. Ask the operator which key the auditor registered with.</source>
        <translation>dies ist der Wallet-Schlüssel des Prüferkontos, aber der daraus abgeleitete eERC-Schlüssel ist nicht der Prüferschlüssel, den dieses Netzwerk nennt; der Prüferschlüssel wurde aus einem anderen Schlüssel festgelegt. Fragen Sie den Betreiber, mit welchem Schlüssel sich der Prüfer registriert hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is the auditor account&apos;s wallet key, but the eERC key derived from it is not the auditor key %1 names; the auditor key was set from another key. Ask the operator which key the auditor registered with.</source>
        <translation>dies ist der Wallet-Schlüssel des Prüferkontos, aber der daraus abgeleitete eERC-Schlüssel ist nicht der Prüferschlüssel, den %1 nennt; der Prüferschlüssel wurde aus einem anderen Schlüssel festgelegt. Fragen Sie den Betreiber, mit welchem Schlüssel sich der Prüfer registriert hat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown role.</source>
        <translation>unbekannte Rolle.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the auditor of the contract on this network is now %1, not %2 as the operator&apos;s description says; the auditor has changed. Import the current auditor&apos;s wallet key.</source>
        <translation>der Prüfer des Vertrags in diesem Netzwerk ist jetzt %1, nicht %2, wie die Beschreibung des Betreibers angibt; der Prüfer hat gewechselt. Importieren Sie den Wallet-Schlüssel des aktuellen Prüfers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the auditor of the contract on %1 is now %2, not %3 as the operator&apos;s description says; the auditor has changed. Import the current auditor&apos;s wallet key.</source>
        <translation>der Prüfer des Vertrags in %1 ist jetzt %2, nicht %3, wie die Beschreibung des Betreibers angibt; der Prüfer hat gewechselt. Importieren Sie den Wallet-Schlüssel des aktuellen Prüfers.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the contract&apos;s auditor public key is not the eERC key of this wallet key; the auditor key was set from another key. Ask the operator which key the auditor registered with.</source>
        <translation>der öffentliche Prüferschlüssel des Vertrags ist nicht der eERC-Schlüssel dieses Wallet-Schlüssels; der Prüferschlüssel wurde aus einem anderen Schlüssel festgelegt. Fragen Sie den Betreiber, mit welchem Schlüssel sich der Prüfer registriert hat.</translation>
    </message>
    <message>
        <location filename="../core/wallet/server.cpp" line="+13"/>
        <source>this profile has no operator server; add its address in the profile&apos;s network settings.</source>
        <translation>dieses Profil hat keinen Betreiberserver; fügen Sie dessen Adresse in den Netzwerkeinstellungen des Profils hinzu.</translation>
    </message>
    <message>
        <location filename="../core/wallet/statement.cpp" line="+71"/>
        <source>the statement&apos;s period must end after it starts.</source>
        <translation>der Zeitraum des Nachweises muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this account is not registered on chain, so it has received no payouts; register first.</source>
        <translation>dieses Konto ist nicht auf der Chain registriert und hat daher keine Auszahlungen erhalten; registrieren Sie sich zuerst.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>cancelled.</source>
        <translation>abgebrochen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the payout %1 is not a direct eERC transfer to this account; it cannot be proven.</source>
        <translation>die Auszahlung %1 ist kein direkter eERC-Transfer an dieses Konto; sie kann nicht bewiesen werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the payout %1 does not decrypt to the amount in the history; refresh the history and try again.</source>
        <translation>die Auszahlung %1 lässt sich nicht zum Betrag im Verlauf entschlüsseln; aktualisieren Sie den Verlauf und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the statement names another chain or other contracts than the network you trust; it is not a statement of that network&apos;s payouts.</source>
        <translation>der Nachweis nennt eine andere Chain oder andere Verträge als das Netzwerk, dem Sie vertrauen; er ist kein Nachweis der Auszahlungen dieses Netzwerks.</translation>
    </message>
    <message>
        <location filename="../core/wallet/vault_audit_store.cpp" line="+75"/>
        <source>the saved report of run %1 in the vault is damaged; run the verification again.</source>
        <translation>der gespeicherte Bericht von Prüflauf %1 im Tresor ist beschädigt; führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <location filename="../core/wallet/vault_history_cache.cpp" line="+29"/>
        <source>a history entry has a token id too large to store.</source>
        <translation>ein Verlaufseintrag hat eine Token-ID, die zu groß zum Speichern ist.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the vault&apos;s history cache holds an entry that does not parse; it will be scanned again.</source>
        <translation>der Verlaufs-Cache des Tresors enthält einen Eintrag, der sich nicht einlesen lässt; er wird erneut gescannt.</translation>
    </message>
    <message>
        <location filename="../core/wallet/wallet.cpp" line="+35"/>
        <source>the wallet key is not valid: %1</source>
        <translation>der Wallet-Schlüssel ist ungültig: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read the key file: %1</source>
        <translation>die Schlüsseldatei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>zk</name>
    <message>
        <location filename="../core/zk/binfile.cpp" line="+20"/>
        <source>The file is not a proving key (.zkey) (wrong file type). Choose the right file.</source>
        <translation>Die Datei ist kein Beweisschlüssel (.zkey) (falscher Dateityp). Wählen Sie die richtige Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proving key (.zkey) has format version %1, which this version of the app cannot read.</source>
        <translation>Der Beweisschlüssel (.zkey) hat die Formatversion %1, die diese Version der App nicht lesen kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proving key (.zkey) is truncated (section header %1 is missing). Download it again.</source>
        <translation>Der Beweisschlüssel (.zkey) ist abgeschnitten (Abschnittskopf %1 fehlt). Laden Sie ihn erneut herunter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proving key (.zkey) is truncated (section %1 is incomplete). Download it again.</source>
        <translation>Der Beweisschlüssel (.zkey) ist abgeschnitten (Abschnitt %1 ist unvollständig). Laden Sie ihn erneut herunter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proving key (.zkey) is corrupt (section %1 appears twice). Download it again.</source>
        <translation>Der Beweisschlüssel (.zkey) ist beschädigt (Abschnitt %1 kommt zweimal vor). Laden Sie ihn erneut herunter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proving key (.zkey) is incomplete (section %1 is missing). Download it again.</source>
        <translation>Der Beweisschlüssel (.zkey) ist unvollständig (Abschnitt %1 fehlt). Laden Sie ihn erneut herunter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not a witness file (.wtns) (wrong file type). Choose the right file.</source>
        <translation>Die Datei ist keine Witness-Datei (.wtns) (falscher Dateityp). Wählen Sie die richtige Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The witness file (.wtns) has format version %1, which this version of the app cannot read.</source>
        <translation>Die Witness-Datei (.wtns) hat die Formatversion %1, die diese Version der App nicht lesen kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The witness file (.wtns) is truncated (section header %1 is missing). Download it again.</source>
        <translation>Die Witness-Datei (.wtns) ist abgeschnitten (Abschnittskopf %1 fehlt). Laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The witness file (.wtns) is truncated (section %1 is incomplete). Download it again.</source>
        <translation>Die Witness-Datei (.wtns) ist abgeschnitten (Abschnitt %1 ist unvollständig). Laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The witness file (.wtns) is corrupt (section %1 appears twice). Download it again.</source>
        <translation>Die Witness-Datei (.wtns) ist beschädigt (Abschnitt %1 kommt zweimal vor). Laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The witness file (.wtns) is incomplete (section %1 is missing). Download it again.</source>
        <translation>Die Witness-Datei (.wtns) ist unvollständig (Abschnitt %1 fehlt). Laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <location filename="../core/zk/groth16.cpp" line="+136"/>
        <source>The system random number generator failed; the proof was not made.</source>
        <translation>Der Zufallszahlengenerator des Systems ist ausgefallen; der Beweis wurde nicht erstellt.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>The witness has %1 values but the proving key expects %2: the circuit and the proving key do not belong together.</source>
        <translation>Der Witness hat %1 Werte, aber der Beweisschlüssel erwartet %2: Schaltkreis und Beweisschlüssel gehören nicht zusammen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The witness is invalid (its first value must be 1).</source>
        <translation>Der Witness ist ungültig (sein erster Wert muss 1 sein).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proof generation was cancelled.</source>
        <translation>Die Beweiserstellung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/zk/verified_file.cpp" line="+46"/>
        <source>The expected SHA-256 of %1 is malformed; add the network again from its description.</source>
        <translation>Der erwartete SHA-256 von %1 ist fehlerhaft; fügen Sie das Netzwerk erneut aus seiner Beschreibung hinzu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot hash the circuit file %1.</source>
        <translation>Der Hash der Schaltkreisdatei %1 kann nicht berechnet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The circuit file %1 does not match its SHA-256 (damaged or replaced); fetch the circuit files again.</source>
        <translation>Die Schaltkreisdatei %1 stimmt nicht mit ihrem SHA-256 überein (beschädigt oder ersetzt); rufen Sie die Schaltkreisdateien erneut ab.</translation>
    </message>
    <message>
        <location filename="../core/zk/verified_file.h" line="+22"/>
        <source>Cannot read the circuit file %1: %2.</source>
        <translation>Die Schaltkreisdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/zk/wasm_interpreter.cpp" line="+35"/>
        <source>WebAssembly trap: unreachable executed.</source>
        <translation>WebAssembly-Trap: unreachable ausgeführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WebAssembly trap: call_indirect index out of table bounds.</source>
        <translation>WebAssembly-Trap: call_indirect-Index außerhalb der Tabellengrenzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WebAssembly trap: call_indirect to a null table entry.</source>
        <translation>WebAssembly-Trap: call_indirect auf einen leeren Tabelleneintrag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WebAssembly trap: call_indirect signature mismatch.</source>
        <translation>WebAssembly-Trap: call_indirect-Signatur stimmt nicht überein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WebAssembly trap: out of bounds memory access.</source>
        <translation>WebAssembly-Trap: Speicherzugriff außerhalb der Grenzen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebAssembly trap: integer divide by zero.</source>
        <translation>WebAssembly-Trap: ganzzahlige Division durch null.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebAssembly trap: integer overflow.</source>
        <translation>WebAssembly-Trap: Ganzzahlüberlauf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebAssembly trap: call stack exhausted.</source>
        <translation>WebAssembly-Trap: Aufrufstapel erschöpft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebAssembly trap: fuel exhausted.</source>
        <translation>WebAssembly-Trap: Ausführungsbudget (Fuel) erschöpft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebAssembly trap: cancelled.</source>
        <translation>WebAssembly-Trap: abgebrochen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>WebAssembly trap: %1.</source>
        <translation>WebAssembly-Trap: %1.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The WebAssembly module needs an unknown import %1.</source>
        <translation>Das WebAssembly-Modul benötigt einen unbekannten Import %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The WebAssembly import %1 has an unexpected type.</source>
        <translation>Der WebAssembly-Import %1 hat einen unerwarteten Typ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The WebAssembly module needs more memory than allowed.</source>
        <translation>Das WebAssembly-Modul benötigt mehr Speicher als erlaubt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough memory for the WebAssembly module.</source>
        <translation>Nicht genug Speicher für das WebAssembly-Modul.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A WebAssembly element segment lies outside the table.</source>
        <translation>Ein WebAssembly-Elementsegment liegt außerhalb der Tabelle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A WebAssembly data segment lies outside the memory.</source>
        <translation>Ein WebAssembly-Datensegment liegt außerhalb des Speichers.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The WebAssembly module does not export a function named %1.</source>
        <translation>Das WebAssembly-Modul exportiert keine Funktion namens %1.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>WebAssembly function index out of range.</source>
        <translation>WebAssembly-Funktionsindex außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wrong number of arguments for a WebAssembly function.</source>
        <translation>Falsche Anzahl von Argumenten für eine WebAssembly-Funktion.</translation>
    </message>
    <message>
        <location filename="../core/zk/wasm_module.cpp" line="+141"/>
        <source>Invalid WebAssembly module at byte %1: %2</source>
        <translation>Ungültiges WebAssembly-Modul bei Byte %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed or truncated i32 constant</source>
        <translation>fehlerhafte oder abgeschnittene i32-Konstante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>malformed or truncated i64 constant</source>
        <translation>fehlerhafte oder abgeschnittene i64-Konstante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>malformed or truncated branch depth</source>
        <translation>fehlerhafte oder abgeschnittene Sprungtiefe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many functions</source>
        <translation>zu viele Funktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory instruction without a memory</source>
        <translation>Speicherbefehl ohne Speicher</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bad limits flag for table</source>
        <translation>ungültiges Limits-Flag für die Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table maximum is below its minimum</source>
        <translation>das Tabellenmaximum liegt unter ihrem Minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table size exceeds the supported limit</source>
        <translation>die Tabellengröße überschreitet das unterstützte Limit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bad limits flag for memory</source>
        <translation>ungültiges Limits-Flag für den Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory maximum is below its minimum</source>
        <translation>das Speichermaximum liegt unter seinem Minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory size exceeds the supported limit</source>
        <translation>die Speichergröße überschreitet das unterstützte Limit</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>malformed or truncated name length</source>
        <translation>fehlerhafte oder abgeschnittene Namenslänge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name runs past the end of the section</source>
        <translation>der Name reicht über das Ende des Abschnitts hinaus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name is not valid UTF-8</source>
        <translation>der Name ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>malformed or truncated value type</source>
        <translation>fehlerhafter oder abgeschnittener Werttyp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>floating-point value types are not supported (circom does not use them)</source>
        <translation>Gleitkomma-Werttypen werden nicht unterstützt (circom verwendet sie nicht)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown value type %1</source>
        <translation>unbekannter Werttyp %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>malformed or truncated limits</source>
        <translation>fehlerhafte oder abgeschnittene Limits</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>malformed or truncated limits minimum</source>
        <translation>fehlerhaftes oder abgeschnittenes Limits-Minimum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed or truncated limits maximum</source>
        <translation>fehlerhaftes oder abgeschnittenes Limits-Maximum</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>malformed or truncated constant expression</source>
        <translation>fehlerhafter oder abgeschnittener konstanter Ausdruck</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unsupported or mistyped constant expression</source>
        <translation>nicht unterstützter oder falsch typisierter konstanter Ausdruck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>malformed or truncated constant expression end</source>
        <translation>fehlerhaftes oder abgeschnittenes Ende eines konstanten Ausdrucks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>constant expression must end after one instruction</source>
        <translation>ein konstanter Ausdruck muss nach einem Befehl enden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>module is larger than the allowed %1 bytes</source>
        <translation>das Modul ist größer als die erlaubten %1 Bytes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a WebAssembly binary (bad magic)</source>
        <translation>keine WebAssembly-Binärdatei (falsche Dateikennung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported WebAssembly version (only 1 is supported)</source>
        <translation>nicht unterstützte WebAssembly-Version (nur 1 wird unterstützt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>malformed or truncated section id</source>
        <translation>fehlerhafte oder abgeschnittene Abschnitts-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed or truncated section size</source>
        <translation>fehlerhafte oder abgeschnittene Abschnittsgröße</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>section size runs past the end of the module</source>
        <translation>die Abschnittsgröße reicht über das Ende des Moduls hinaus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown or unsupported section id %1</source>
        <translation>unbekannte oder nicht unterstützte Abschnitts-ID %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>section %1 is out of order or repeated</source>
        <translation>Abschnitt %1 steht an falscher Stelle oder ist doppelt</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>section %1 has trailing bytes</source>
        <translation>Abschnitt %1 hat überzählige Bytes am Ende</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>function section declares bodies that the code section lacks</source>
        <translation>der Funktionsabschnitt deklariert Rümpfe, die im Code-Abschnitt fehlen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>malformed or truncated types</source>
        <translation>fehlerhafte oder abgeschnittene Typen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of types exceeds the section size</source>
        <translation>die Anzahl der Typen überschreitet die Abschnittsgröße</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>malformed or truncated function type</source>
        <translation>fehlerhafter oder abgeschnittener Funktionstyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a function type (0x60)</source>
        <translation>Funktionstyp (0x60) erwartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed or truncated parameters</source>
        <translation>fehlerhafte oder abgeschnittene Parameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of parameters exceeds the section size</source>
        <translation>die Anzahl der Parameter überschreitet die Abschnittsgröße</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed or truncated results</source>
        <translation>fehlerhafte oder abgeschnittene Ergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of results exceeds the section size</source>
        <translation>die Anzahl der Ergebnisse überschreitet die Abschnittsgröße</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>functions with more than one result are not supported</source>
        <translation>Funktionen mit mehr als einem Ergebnis werden nicht unterstützt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>malformed or truncated imports</source>
        <translation>fehlerhafte oder abgeschnittene Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of imports exceeds the section size</source>
        <translation>die Anzahl der Importe überschreitet die Abschnittsgröße</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>malformed or truncated import kind</source>
        <translation>fehlerhafte oder abgeschnittene Importart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import %1.%2: only function imports are supported</source>
        <translation>Import %1.%2: Nur Funktionsimporte werden unterstützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed or truncated import type index</source>
        <translation>fehlerhafter oder abgeschnittener Typindex eines Imports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import type index out of range</source>
        <translation>Typindex eines Imports außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>malformed or truncated functions</source>
        <translation>fehlerhafte oder abgeschnittene Funktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of functions exceeds the section size</source>
        <translation>die Anzahl der Funktionen überschreitet die Abschnittsgröße</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>malformed or truncated function type index</source>
        <translation>fehlerhafter oder abgeschnittener Funktionstypindex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>function type index out of range</source>
        <translation>Funktionstypindex außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>malformed or truncated tables</source>
        <translation>fehlerhafte oder abgeschnittene Tabellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of tables exceeds the section size</source>
        <translation>die Anzahl der Tabellen überschreitet die Abschnittsgröße</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most one table is allowed</source>
        <translation>höchstens eine Tabelle ist erlaubt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed or truncated table element type</source>
        <translation>fehlerhafter oder abgeschnittener Elementtyp der Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table element type must be funcref</source>
        <translation>der Elementtyp der Tabelle muss funcref sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>malformed or truncated memories</source>
        <translation>fehlerhafte oder abgeschnittene Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of memories exceeds the section size</source>
        <translation>die Anzahl der Speicher überschreitet die Abschnittsgröße</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most one memory is allowed</source>
        <translation>höchstens ein Speicher ist erlaubt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>malformed or truncated globals</source>
        <translation>fehlerhafte oder abgeschnittene globale Variablen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of globals exceeds the section size</source>
        <translation>die Anzahl der globalen Variablen überschreitet die Abschnittsgröße</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>malformed or truncated global mutability</source>
        <translation>fehlerhafte oder abgeschnittene Veränderbarkeit einer globalen Variable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bad global mutability flag</source>
        <translation>ungültiges Veränderbarkeits-Flag einer globalen Variable</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>malformed or truncated exports</source>
        <translation>fehlerhafte oder abgeschnittene Exporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of exports exceeds the section size</source>
        <translation>die Anzahl der Exporte überschreitet die Abschnittsgröße</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>malformed or truncated export kind</source>
        <translation>fehlerhafte oder abgeschnittene Exportart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>malformed or truncated export index</source>
        <translation>fehlerhafter oder abgeschnittener Exportindex</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exported function index out of range</source>
        <translation>Index der exportierten Funktion außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exported table index out of range</source>
        <translation>Index der exportierten Tabelle außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exported memory index out of range</source>
        <translation>Index des exportierten Speichers außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exported global index out of range</source>
        <translation>Index der exportierten globalen Variable außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown export kind</source>
        <translation>unbekannte Exportart</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>duplicate export name %1</source>
        <translation>doppelter Exportname %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>malformed or truncated start function index</source>
        <translation>fehlerhafter oder abgeschnittener Index der Startfunktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start function index out of range</source>
        <translation>Index der Startfunktion außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start function must take and return nothing</source>
        <translation>die Startfunktion darf weder Parameter haben noch etwas zurückgeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>malformed or truncated element segments</source>
        <translation>fehlerhafte oder abgeschnittene Elementsegmente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of element segments exceeds the section size</source>
        <translation>die Anzahl der Elementsegmente überschreitet die Abschnittsgröße</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>malformed or truncated element segment flags</source>
        <translation>fehlerhafte oder abgeschnittene Flags eines Elementsegments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only MVP active element segments for table 0 are supported</source>
        <translation>nur aktive MVP-Elementsegmente für Tabelle 0 werden unterstützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>element segment without a table</source>
        <translation>Elementsegment ohne Tabelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>malformed or truncated element functions</source>
        <translation>fehlerhafte oder abgeschnittene Elementfunktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of element functions exceeds the section size</source>
        <translation>die Anzahl der Elementfunktionen überschreitet die Abschnittsgröße</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>malformed or truncated element function index</source>
        <translation>fehlerhafter oder abgeschnittener Elementfunktionsindex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>element function index out of range</source>
        <translation>Elementfunktionsindex außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>malformed or truncated data segments</source>
        <translation>fehlerhafte oder abgeschnittene Datensegmente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of data segments exceeds the section size</source>
        <translation>die Anzahl der Datensegmente überschreitet die Abschnittsgröße</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed or truncated data segment flags</source>
        <translation>fehlerhafte oder abgeschnittene Flags eines Datensegments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only MVP active data segments for memory 0 are supported</source>
        <translation>nur aktive MVP-Datensegmente für Speicher 0 werden unterstützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data segment without a memory</source>
        <translation>Datensegment ohne Speicher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>malformed or truncated data segment length</source>
        <translation>fehlerhafte oder abgeschnittene Länge eines Datensegments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>data segment runs past the end of the section</source>
        <translation>das Datensegment reicht über das Ende des Abschnitts hinaus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>malformed or truncated function bodies</source>
        <translation>fehlerhafte oder abgeschnittene Funktionsrümpfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of function bodies exceeds the section size</source>
        <translation>die Anzahl der Funktionsrümpfe überschreitet die Abschnittsgröße</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>code section count differs from the function section</source>
        <translation>die Anzahl im Code-Abschnitt weicht vom Funktionsabschnitt ab</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>malformed or truncated function body size</source>
        <translation>fehlerhafte oder abgeschnittene Größe eines Funktionsrumpfs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>function body runs past the end of the section</source>
        <translation>der Funktionsrumpf reicht über das Ende des Abschnitts hinaus</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>malformed or truncated local groups</source>
        <translation>fehlerhafte oder abgeschnittene Gruppen lokaler Variablen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of local groups exceeds the section size</source>
        <translation>die Anzahl der Gruppen lokaler Variablen überschreitet die Abschnittsgröße</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed or truncated local count</source>
        <translation>fehlerhafte oder abgeschnittene Anzahl lokaler Variablen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too many locals</source>
        <translation>zu viele lokale Variablen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>module code too large</source>
        <translation>Modulcode zu groß</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>operand stack underflow</source>
        <translation>Unterlauf des Operandenstapels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>type mismatch on the operand stack</source>
        <translation>Typkonflikt auf dem Operandenstapel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>branch depth out of range</source>
        <translation>Sprungtiefe außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>malformed or truncated instruction</source>
        <translation>fehlerhafter oder abgeschnittener Befehl</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>malformed or truncated block type</source>
        <translation>fehlerhafter oder abgeschnittener Blocktyp</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unsupported block type (multi-value and floats are not supported)</source>
        <translation>nicht unterstützter Blocktyp (Multi-Value und Gleitkommazahlen werden nicht unterstützt)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>blocks nested too deeply</source>
        <translation>Blöcke zu tief verschachtelt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>else without a matching if</source>
        <translation>else ohne passendes if</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>operand stack height mismatch at else</source>
        <translation>Höhe des Operandenstapels stimmt bei else nicht überein</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>operand stack height mismatch at end of block</source>
        <translation>Höhe des Operandenstapels stimmt am Blockende nicht überein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>if with a result needs an else</source>
        <translation>if mit Ergebnis braucht ein else</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bytes after the end of the function body</source>
        <translation>Bytes nach dem Ende des Funktionsrumpfs</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>malformed or truncated branch table entries</source>
        <translation>fehlerhafte oder abgeschnittene Einträge der Sprungtabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of branch table entries exceeds the section size</source>
        <translation>die Anzahl der Einträge der Sprungtabelle überschreitet die Abschnittsgröße</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>br_table targets have different arities</source>
        <translation>br_table-Ziele haben unterschiedliche Aritäten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>br_table targets have different types</source>
        <translation>br_table-Ziele haben unterschiedliche Typen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>malformed or truncated function index</source>
        <translation>fehlerhafter oder abgeschnittener Funktionsindex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>call to a function index out of range</source>
        <translation>Aufruf eines Funktionsindex außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>malformed or truncated type index</source>
        <translation>fehlerhafter oder abgeschnittener Typindex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed or truncated table index</source>
        <translation>fehlerhafter oder abgeschnittener Tabellenindex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call_indirect table index must be 0</source>
        <translation>der Tabellenindex von call_indirect muss 0 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>call_indirect without a table</source>
        <translation>call_indirect ohne Tabelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>call_indirect type index out of range</source>
        <translation>Typindex von call_indirect außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>malformed or truncated local index</source>
        <translation>fehlerhafter oder abgeschnittener Index einer lokalen Variable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>local index out of range</source>
        <translation>Index einer lokalen Variable außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>malformed or truncated global index</source>
        <translation>fehlerhafter oder abgeschnittener Index einer globalen Variable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>global index out of range</source>
        <translation>Index einer globalen Variable außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>global.set of an immutable global</source>
        <translation>global.set auf eine unveränderliche globale Variable</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>malformed or truncated memory index</source>
        <translation>fehlerhafter oder abgeschnittener Speicherindex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory index must be 0</source>
        <translation>der Speicherindex muss 0 sein</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>malformed or truncated memory alignment</source>
        <translation>fehlerhafte oder abgeschnittene Speicherausrichtung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed or truncated memory offset</source>
        <translation>fehlerhafter oder abgeschnittener Speicher-Offset</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>alignment larger than the access width</source>
        <translation>Ausrichtung größer als die Zugriffsbreite</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>unsupported instruction %1 (floating point and post-MVP instructions are not supported)</source>
        <translation>nicht unterstützter Befehl %1 (Gleitkomma- und Post-MVP-Befehle werden nicht unterstützt)</translation>
    </message>
    <message>
        <location filename="../core/zk/witness_calculator.cpp" line="+101"/>
        <source>The circuit rejected the input: %1</source>
        <translation>Der Schaltkreis hat die Eingabe abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The value of input %1 must be an integer below 2^53 or a quoted integer string.</source>
        <translation>Der Wert der Eingabe %1 muss eine ganze Zahl unter 2^53 oder eine ganze Zahl als Zeichenkette in Anführungszeichen sein.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The value of input %1 is not an integer (decimal, or hex with 0x).</source>
        <translation>Der Wert der Eingabe %1 ist keine ganze Zahl (dezimal oder hexadezimal mit 0x).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The value of input %1 must be a number or a string.</source>
        <translation>Der Wert der Eingabe %1 muss eine Zahl oder eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Input %1 mixes objects and values in one array.</source>
        <translation>Die Eingabe %1 mischt Objekte und Werte in einem Array.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The circuit printed an overlong message.</source>
        <translation>Der Schaltkreis hat eine überlange Meldung ausgegeben.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The witness calculator failed: %1</source>
        <translation>Der Witness-Rechner ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The circuit&apos;s .wasm file is damaged or not supported. %1</source>
        <translation>Die .wasm-Datei des Schaltkreises ist beschädigt oder wird nicht unterstützt. %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The .wasm file is not a circom 2 witness calculator (circom 1 files are not supported).</source>
        <translation>Die .wasm-Datei ist kein circom-2-Witness-Rechner (circom-1-Dateien werden nicht unterstützt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The .wasm file is not a circom 2 witness calculator (no %1).</source>
        <translation>Die .wasm-Datei ist kein circom-2-Witness-Rechner (%1 fehlt).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The .wasm file is not a circom 2 witness calculator (%1 has an unexpected type).</source>
        <translation>Die .wasm-Datei ist kein circom-2-Witness-Rechner (%1 hat einen unerwarteten Typ).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The .wasm file is not a circom 2 witness calculator (it has a start function).</source>
        <translation>Die .wasm-Datei ist kein circom-2-Witness-Rechner (sie hat eine Startfunktion).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The circuit&apos;s .wasm file cannot be loaded: %1</source>
        <translation>Die .wasm-Datei des Schaltkreises kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The circuit was compiled by circom %1, only circom 2 is supported.</source>
        <translation>Der Schaltkreis wurde mit circom %1 kompiliert, nur circom 2 wird unterstützt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The circuit is not for the BN254 scalar field (field size %1 bits).</source>
        <translation>Der Schaltkreis ist nicht für den BN254-Skalarkörper (Körpergröße %1 Bit).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The circuit is not for the BN254 scalar field (its prime is %1).</source>
        <translation>Der Schaltkreis ist nicht für den BN254-Skalarkörper (seine Primzahl ist %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The .wasm file is not a circom 2 witness calculator (it has no wires).</source>
        <translation>Die .wasm-Datei ist kein circom-2-Witness-Rechner (sie hat keine Wires).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The circuit input is not valid JSON: %1 at offset %2.</source>
        <translation>Die Schaltkreiseingabe ist kein gültiges JSON: %1 bei Offset %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The circuit input must be a JSON object of signal names and values.</source>
        <translation>Die Schaltkreiseingabe muss ein JSON-Objekt aus Signalnamen und Werten sein.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The witness calculation was cancelled.</source>
        <translation>Die Witness-Berechnung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1
Circuit log:
%2</source>
        <translation>%1
Schaltkreis-Log:
%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The circuit has no input signal named &quot;%1&quot;.</source>
        <translation>Der Schaltkreis hat kein Eingangssignal namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Input signal &quot;%1&quot; needs %2 values, the input has %3.</source>
        <translation>Das Eingangssignal &quot;%1&quot; benötigt %2 Werte, die Eingabe enthält %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not all inputs of the circuit are set: %1 of %2 values given.</source>
        <translation>Nicht alle Eingaben des Schaltkreises sind gesetzt: %1 von %2 Werten angegeben.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The witness calculator returned a value outside the field (wire %1).</source>
        <translation>Der Witness-Rechner hat einen Wert außerhalb des Körpers zurückgegeben (Wire %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The witness calculator returned a witness whose wire 0 is not 1.</source>
        <translation>Der Witness-Rechner hat einen Witness zurückgegeben, dessen Wire 0 nicht 1 ist.</translation>
    </message>
    <message>
        <location filename="../core/zk/wtns.cpp" line="+16"/>
        <source>The witness file is for another field; only BN254 witnesses can be used.</source>
        <translation>Die Witness-Datei ist für einen anderen Körper; nur BN254-Witnesses können verwendet werden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The witness file is corrupt (its size does not match its header).</source>
        <translation>Die Witness-Datei ist beschädigt (ihre Größe passt nicht zu ihrem Header).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The witness file is corrupt (value %1 is not a field element).</source>
        <translation>Die Witness-Datei ist beschädigt (Wert %1 ist kein Körperelement).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The witness file is corrupt (its first value must be 1).</source>
        <translation>Die Witness-Datei ist beschädigt (ihr erster Wert muss 1 sein).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot open the witness file %1: %2.</source>
        <translation>Die Witness-Datei %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write the witness file %1: %2.</source>
        <translation>Die Witness-Datei %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/zk/zkey.cpp" line="+33"/>
        <source>The proving key is for another curve; only BN254 (bn128) keys can be used.</source>
        <translation>Der Beweisschlüssel ist für eine andere Kurve; nur BN254-Schlüssel (bn128) können verwendet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proving key (.zkey) is corrupt: invalid %1. Download it again.</source>
        <translation>Der Beweisschlüssel (.zkey) ist beschädigt: %1 ist ungültig. Laden Sie ihn erneut herunter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proving key (.zkey) is corrupt: invalid point %1 in section %2. Download it again.</source>
        <translation>Der Beweisschlüssel (.zkey) ist beschädigt: ungültiger Punkt %1 in Abschnitt %2. Laden Sie ihn erneut herunter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proving key (.zkey) is corrupt: coefficient %1 is out of range. Download it again.</source>
        <translation>Der Beweisschlüssel (.zkey) ist beschädigt: Koeffizient %1 liegt außerhalb des gültigen Bereichs. Laden Sie ihn erneut herunter.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open the proving key %1: %2.</source>
        <translation>Der Beweisschlüssel %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 is not a proving key (.zkey).</source>
        <translation>Die Datei %1 ist kein Beweisschlüssel (.zkey).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the proving key %1: %2.</source>
        <translation>Der Beweisschlüssel %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The proving key (.zkey) is corrupt: bad header section size. Download it again.</source>
        <translation>Der Beweisschlüssel (.zkey) ist beschädigt: ungültige Größe des Header-Abschnitts. Laden Sie ihn erneut herunter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proving key is for another proof system (protocol %1); only Groth16 keys can be used.</source>
        <translation>Der Beweisschlüssel ist für ein anderes Beweissystem (Protokoll %1); nur Groth16-Schlüssel können verwendet werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The proving key (.zkey) is corrupt: bad Groth16 header size. Download it again.</source>
        <translation>Der Beweisschlüssel (.zkey) ist beschädigt: ungültige Größe des Groth16-Headers. Laden Sie ihn erneut herunter.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The proving key (.zkey) is corrupt: inconsistent signal counts. Download it again.</source>
        <translation>Der Beweisschlüssel (.zkey) ist beschädigt: widersprüchliche Signalanzahlen. Laden Sie ihn erneut herunter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The proving key (.zkey) is corrupt: the domain size is not a power of two. Download it again.</source>
        <translation>Der Beweisschlüssel (.zkey) ist beschädigt: Die Domänengröße ist keine Zweierpotenz. Laden Sie ihn erneut herunter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proving key&apos;s circuit is too large (more than 2^27 constraints).</source>
        <translation>Der Schaltkreis des Beweisschlüssels ist zu groß (mehr als 2^27 Constraints).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proving key (.zkey) is corrupt: the domain is smaller than the public inputs. Download it again.</source>
        <translation>Der Beweisschlüssel (.zkey) ist beschädigt: Die Domäne ist kleiner als die öffentlichen Eingaben. Laden Sie ihn erneut herunter.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The proving key (.zkey) is corrupt: section %1 has the wrong size. Download it again.</source>
        <translation>Der Beweisschlüssel (.zkey) ist beschädigt: Abschnitt %1 hat die falsche Größe. Laden Sie ihn erneut herunter.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The proving key (.zkey) is corrupt: the coefficient section has the wrong size. Download it again.</source>
        <translation>Der Beweisschlüssel (.zkey) ist beschädigt: Der Koeffizientenabschnitt hat die falsche Größe. Laden Sie ihn erneut herunter.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The proving key (.zkey) is corrupt: point %1 in section B2 is not in G2. Download it again.</source>
        <translation>Der Beweisschlüssel (.zkey) ist beschädigt: Punkt %1 in Abschnitt B2 liegt nicht in G2. Laden Sie ihn erneut herunter.</translation>
    </message>
</context>
</TS>
