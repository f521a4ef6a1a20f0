<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="7"/>
        <source>Activity</source>
        <extracomment>Page heading: log of what the app did</extracomment>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="8"/>
        <source>What the app did, for support and your own records.</source>
        <translation>Was die App getan hat, für den Support und Ihre Unterlagen.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="13"/>
        <source>Nothing has happened yet</source>
        <translation>Bisher ist nichts geschehen</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="14"/>
        <source>Chain scans, proofs, transactions and server calls will be listed here with their outcome. The log never contains keys or amounts you have hidden, and you can export it.</source>
        <translation>Chain-Scans, Beweise, Transaktionen und Serveraufrufe werden hier mit ihrem Ergebnis aufgeführt. Das Protokoll enthält nie Schlüssel oder verborgene Beträge, und Sie können es exportieren.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="17"/>
        <source>Entries appear once a profile is open.</source>
        <translation>Einträge erscheinen, sobald ein Profil geöffnet ist.</translation>
    </message>
</context>
<context>
    <name>AuditorPage</name>
    <message>
        <location filename="../qml/pages/AuditorPage.qml" line="7"/>
        <source>Auditor</source>
        <extracomment>Page heading for the auditor role</extracomment>
        <translation>Prüfer</translation>
    </message>
    <message>
        <location filename="../qml/pages/AuditorPage.qml" line="8"/>
        <source>Check the operator&apos;s reported totals against the chain.</source>
        <translation>Die gemeldeten Summen des Betreibers mit der Chain abgleichen.</translation>
    </message>
    <message>
        <location filename="../qml/pages/AuditorPage.qml" line="13"/>
        <source>No auditor profile yet</source>
        <translation>Noch kein Prüferprofil</translation>
    </message>
    <message>
        <location filename="../qml/pages/AuditorPage.qml" line="14"/>
        <source>Verification runs will appear here: for each distribution cycle, the operator&apos;s reported total next to the total decrypted from the chain, with every finding listed by severity.</source>
        <translation>Prüfläufe erscheinen hier: für jeden Verteilungszyklus die gemeldete Summe des Betreibers neben der von der Chain entschlüsselten Summe, mit allen Befunden nach Schweregrad.</translation>
    </message>
    <message>
        <location filename="../qml/pages/AuditorPage.qml" line="17"/>
        <source>First create an auditor profile and import the auditor key.</source>
        <translation>Legen Sie zuerst ein Prüferprofil an und importieren Sie den Prüferschlüssel.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="17"/>
        <location filename="../qml/Main.qml" line="162"/>
        <source>BackendShield</source>
        <extracomment>Main window title</extracomment>
        <translation>BackendShield</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="47"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="48"/>
        <source>Auditor</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="49"/>
        <source>Operator</source>
        <translation>Betreiber</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="50"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="51"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="128"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="191"/>
        <source>No network</source>
        <extracomment>Network badge when no profile is open</extracomment>
        <translation>Kein Netzwerk</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="207"/>
        <source>Amounts hidden</source>
        <translation>Beträge verborgen</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="207"/>
        <source>Hide amounts</source>
        <translation>Beträge verbergen</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="212"/>
        <source>Mask every amount, e.g. for screen sharing (Ctrl+H)</source>
        <translation>Alle Beträge maskieren, z. B. bei Bildschirmfreigabe (Strg+H)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="220"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="222"/>
        <source>Lock the open profile</source>
        <translation>Das geöffnete Profil sperren</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="224"/>
        <source>No profile is open</source>
        <translation>Kein Profil geöffnet</translation>
    </message>
</context>
<context>
    <name>OperatorPage</name>
    <message>
        <location filename="../qml/pages/OperatorPage.qml" line="7"/>
        <source>Operator</source>
        <extracomment>Page heading for the operator role</extracomment>
        <translation>Betreiber</translation>
    </message>
    <message>
        <location filename="../qml/pages/OperatorPage.qml" line="8"/>
        <source>Providers, usage servers and distribution cycles of your server.</source>
        <translation>Anbieter, Nutzungsserver und Verteilungszyklen Ihres Servers.</translation>
    </message>
    <message>
        <location filename="../qml/pages/OperatorPage.qml" line="13"/>
        <source>No operator profile yet</source>
        <translation>Noch kein Betreiberprofil</translation>
    </message>
    <message>
        <location filename="../qml/pages/OperatorPage.qml" line="14"/>
        <source>Provider registrations, usage-server tokens and distribution cycles of your BackendShield server will appear here.</source>
        <translation>Anbieterregistrierungen, Nutzungsserver-Tokens und Verteilungszyklen Ihres BackendShield-Servers erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../qml/pages/OperatorPage.qml" line="16"/>
        <source>First create an operator profile with your server&apos;s address and your operator wallet key.</source>
        <translation>Legen Sie zuerst ein Betreiberprofil mit der Adresse Ihres Servers und Ihrem Betreiber-Wallet-Schlüssel an.</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <location filename="../qml/pages/ProviderPage.qml" line="7"/>
        <source>Provider</source>
        <extracomment>Page heading for the provider role</extracomment>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProviderPage.qml" line="8"/>
        <source>Your encrypted earnings, verified on chain.</source>
        <translation>Ihre verschlüsselten Einnahmen, auf der Chain geprüft.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProviderPage.qml" line="13"/>
        <source>No provider profile yet</source>
        <translation>Noch kein Anbieterprofil</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProviderPage.qml" line="14"/>
        <source>Your decrypted USDC balance, your earnings per distribution cycle with their fair-share check, and your claims will appear here.</source>
        <translation>Ihr entschlüsseltes USDC-Guthaben, Ihre Einnahmen pro Verteilungszyklus mit Fair-Share-Prüfung und Ihre Auszahlungen erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProviderPage.qml" line="16"/>
        <source>First create a provider profile: choose the network, create or import your wallet key and protect it with a passphrase.</source>
        <translation>Legen Sie zuerst ein Anbieterprofil an: Netzwerk wählen, Wallet-Schlüssel erzeugen oder importieren und mit einer Passphrase schützen.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="11"/>
        <source>Settings</source>
        <extracomment>Page heading for application settings</extracomment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="12"/>
        <source>Profiles, security and appearance.</source>
        <translation>Profile, Sicherheit und Darstellung.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="26"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="30"/>
        <source>No profiles yet. A profile holds one wallet, its role and its network, in an encrypted vault on this computer.</source>
        <translation>Noch keine Profile. Ein Profil enthält ein Wallet, seine Rolle und sein Netzwerk in einem verschlüsselten Tresor auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="40"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="45"/>
        <source>Lock after idle time (minutes)</source>
        <translation>Sperren nach Leerlauf (Minuten)</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="57"/>
        <source>Lock after idle time in minutes</source>
        <translation>Sperren nach Leerlauf in Minuten</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="64"/>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="68"/>
        <source>Start with amounts hidden</source>
        <translation>Mit verborgenen Beträgen starten</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="77"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="80"/>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="88"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="89"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="90"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="98"/>
        <source>Theme: %1</source>
        <translation>Farbschema: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="105"/>
        <location filename="../qml/pages/SettingsPage.qml" line="125"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="119"/>
        <source>System language</source>
        <extracomment>Use the operating system&apos;s language</extracomment>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="129"/>
        <source>Takes effect after a restart.</source>
        <translation>Wirkt nach einem Neustart.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="55"/>
        <source>Private revenue distribution client for eERC.</source>
        <translation>Client für vertrauliche Einnahmenverteilung mit eERC.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="60"/>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>Ein Bild des Fensters in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="64"/>
        <source>Open on &lt;page&gt;: provider, auditor, operator, activity, settings.</source>
        <translation>Mit &lt;page&gt; öffnen: provider, auditor, operator, activity, settings.</translation>
    </message>
</context>
</TS>
