<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="+18"/>
        <source>Activity</source>
        <extracomment>Page heading: log of what the app did</extracomment>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the app did, for support and your own records.</source>
        <translation>Ce que l&apos;application a fait, pour l&apos;assistance et pour vos propres archives.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing has happened yet</source>
        <translation>Rien ne s&apos;est encore produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain scans, proofs, transactions and server calls will be listed here with their outcome. The log never contains keys, and you can export it.</source>
        <translation>Les analyses de la chaîne, les preuves, les transactions et les appels aux serveurs seront listés ici avec leur résultat. Le journal ne contient jamais de clés, et vous pouvez l&apos;exporter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entries appear once a profile is open.</source>
        <translation>Les entrées apparaissent dès qu&apos;un profil est ouvert.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n entry(s) since the profile was unlocked</source>
        <translation>
            <numerusform>%n entrée depuis le déverrouillage du profil</numerusform>
            <numerusform>%n entrées depuis le déverrouillage du profil</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the activity log as CSV</source>
        <translation>Exporter le journal d&apos;activité en CSV</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the activity log</source>
        <translation>Exporter le journal d&apos;activité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported.</source>
        <translation>Exporté.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Activity log</source>
        <translation>Journal d&apos;activité</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>BackupStep</name>
    <message>
        <location filename="../qml/onboarding/BackupStep.qml" line="+12"/>
        <source>Back it up</source>
        <translation>Sauvegardez-le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An encrypted backup file holds your keys. Keep it away from this computer (a USB stick, a password manager). Its passphrase may be the same as the vault&apos;s.</source>
        <translation>Un fichier de sauvegarde chiffré contient vos clés. Conservez-le hors de cet ordinateur (une clé USB, un gestionnaire de mots de passe). Sa phrase secrète peut être la même que celle du coffre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Backup passphrase</source>
        <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save backup…</source>
        <translation>Enregistrer la sauvegarde…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the backup</source>
        <translation>Enregistrer la sauvegarde</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup saved to %1</source>
        <translation>Sauvegarde enregistrée dans %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Circuit files for proofs on this computer</source>
        <translation>Fichiers de circuit pour les preuves sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checked</source>
        <translation>Vérifiés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Download and check</source>
        <translation>Télécharger et vérifier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SHA-256 checked</source>
        <translation>SHA-256 vérifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every file matches the hash the network description names.</source>
        <translation>Chaque fichier correspond à l&apos;empreinte indiquée par la description du réseau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open my dashboard</source>
        <translation>Ouvrir mon tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the profile</source>
        <translation>Ouvrir le profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the backup and open</source>
        <translation>Ignorer la sauvegarde et ouvrir</translation>
    </message>
</context>
<context>
    <name>ClaimPage</name>
    <message>
        <location filename="../qml/pages/ClaimPage.qml" line="+14"/>
        <location line="+143"/>
        <source>Claim to USDC</source>
        <translation>Retrait en USDC</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Withdraws from your encrypted balance to USDC in your own wallet. Needs only the chain.</source>
        <translation>Retire des fonds de votre solde chiffré vers des USDC dans votre propre portefeuille. Seule la chaîne est nécessaire.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Amount in USDC</source>
        <translation>Montant en USDC</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All (%1 USDC)</source>
        <translation>Tout (%1 USDC)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To your own address %1 (eERC pays the account that proves).</source>
        <translation>Vers votre propre adresse %1 (eERC paie le compte qui fournit la preuve).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A claim makes the claimed amount public on chain: the withdraw states it in clear. Your remaining balance stays encrypted and private.</source>
        <translation>Un retrait rend le montant retiré public sur la chaîne&#xa0;: le retrait l&apos;indique en clair. Le reste de votre solde demeure chiffré et privé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preflight</source>
        <translation>Vérification préalable</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Check the claim first: the balance is re-read, the amount checked, and the proof dry-run against the contract.</source>
        <translation>Vérifiez d&apos;abord le retrait&#xa0;: le solde est relu, le montant vérifié et la preuve simulée auprès du contrat.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the claim</source>
        <translation>Vérifier le retrait</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Claim</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Progress of the claim</source>
        <translation>Progression du retrait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prove</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirm</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Claimed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Transaction %1 in block %2, fee %3 %4</source>
        <translation>Transaction %1 dans le bloc %2, frais %3 %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fee paid: %1 %2</source>
        <translation>Frais payés&#xa0;: %1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Claims that failed</source>
        <translation>Retraits échoués</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the failed claim %1</source>
        <translation>Effacer le retrait échoué %1</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="+20"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The chain could not be read: %1</source>
        <translation>La chaîne n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The operator&apos;s server did not answer. Your balance and claims do not need it; the earnings breakdown will update when it is back.</source>
        <translation>Le serveur de l&apos;opérateur n&apos;a pas répondu. Votre solde et vos retraits n&apos;en ont pas besoin&#xa0;; le détail des revenus sera mis à jour à son retour.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n payout(s) do not match the operator&apos;s report or the fair-share rule. See Earnings.</source>
        <translation>
            <numerusform>%n versement ne correspond pas au rapport de l&apos;opérateur ou à la règle de part équitable. Voir Revenus.</numerusform>
            <numerusform>%n versements ne correspondent pas au rapport de l&apos;opérateur ou à la règle de part équitable. Voir Revenus.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A claim sent earlier is being followed: %1</source>
        <translation>Un retrait envoyé précédemment est en cours de suivi&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+188"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Recovered: check</source>
        <translation>Récupéré&#xa0;: à vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreadable</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not registered</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Claim…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Earned this month</source>
        <translation>Gagné ce mois-ci</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last month: %1</source>
        <translation>Mois dernier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total earned</source>
        <translation>Total gagné</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Claimed: %1</source>
        <translation>Retiré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cumulative earnings over time</source>
        <translation>Revenus cumulés au fil du temps</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last payout</source>
        <translation>Dernier versement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · cycle %2</source>
        <translation>%1 · cycle %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No payout yet</source>
        <translation>Aucun versement pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Latest cycle</source>
        <translation>Dernier cycle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cycle %1 · %2</source>
        <translation>Cycle %1 · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payout pipeline of the latest cycle</source>
        <translation>Étapes du versement du dernier cycle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics submitted</source>
        <translation>Métriques soumises</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue calculated</source>
        <translation>Revenus calculés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment queued</source>
        <translation>Paiement en file d&apos;attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earnings available</source>
        <translation>Revenus disponibles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claimed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Balance checks</source>
        <translation>Contrôles du solde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every refresh decrypts your balance and checks it against the encrypted balance the contract enforces. A check that gets worse is notified and logged in Activity.</source>
        <translation>Chaque actualisation déchiffre votre solde et le compare au solde chiffré qu&apos;impose le contrat. Un contrôle qui se dégrade est notifié et consigné dans Activité.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No check recorded yet.</source>
        <translation>Aucun contrôle enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Recovered by discrete log</source>
        <translation>Récupéré par logarithme discret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 · %2 · %n check(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n contrôle</numerusform>
            <numerusform>%1 · %2 · %n contrôles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../app/gui/format.cpp" line="+97"/>
        <source>under a second</source>
        <translation>moins d&apos;une seconde</translation>
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
        <translation>Revenus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every payout decrypted from the chain and checked against the operator&apos;s report.</source>
        <translation>Chaque versement déchiffré depuis la chaîne et comparé au rapport de l&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1, cycle %2</source>
        <translation>%1, cycle %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 USDC (total %3 USDC)</source>
        <translation>%1&#xa0;: %2 USDC (total %3 USDC)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the period: %1</source>
        <translation>Afficher la période&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>2026-11-01</source>
        <translation>2026-11-01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>2026-11-30</source>
        <translation>2026-11-30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the custom period</source>
        <translation>Afficher la période personnalisée</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Statement…</source>
        <translation>Relevé…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a verifiable statement of earnings</source>
        <translation>Établir un relevé de revenus vérifiable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export payouts</source>
        <translation>Exporter les versements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported.</source>
        <translation>Exporté.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Chart of payouts over time and cumulative earnings</source>
        <translation>Graphique des versements dans le temps et des revenus cumulés</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>USDC per payout</source>
        <translation>USDC par versement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>USDC cumulative</source>
        <translation>USDC cumulés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payout</source>
        <translation>Versement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cumulative</source>
        <translation>Cumul</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+90"/>
        <source>No payouts in this period.</source>
        <translation>Aucun versement sur cette période.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Chart of your calls, errors and average response time per cycle</source>
        <translation>Graphique de vos appels, erreurs et temps de réponse moyen par cycle</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Calls and errors</source>
        <translation>Appels et erreurs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ms average</source>
        <translation>ms en moyenne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Average response</source>
        <translation>Réponse moyenne</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The operator&apos;s server does not report usage for these cycles.</source>
        <translation>Le serveur de l&apos;opérateur ne communique pas l&apos;usage pour ces cycles.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your calls / all</source>
        <translation>Vos appels / total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (USDC)</source>
        <translation>Montant (USDC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sort by %1</source>
        <translation>Trier par %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Payouts</source>
        <translation>Versements</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No payouts yet.</source>
        <translation>Aucun versement pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the transaction hash</source>
        <translation>Copier le hash de la transaction</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Explorer</source>
        <translation>Explorateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the transaction in the explorer</source>
        <translation>Ouvrir la transaction dans l&apos;explorateur</translation>
    </message>
</context>
<context>
    <name>KeyStep</name>
    <message>
        <location filename="../qml/onboarding/KeyStep.qml" line="+17"/>
        <source>The auditor&apos;s wallet key</source>
        <translation>La clé du portefeuille de l&apos;auditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operator&apos;s wallet key</source>
        <translation>La clé du portefeuille de l&apos;opérateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallet key</source>
        <translation>Clé du portefeuille</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the wallet key of the auditor account %1. Its eERC key, derived from it, must be the auditor key of the contract: it decrypts the auditor&apos;s copy of every payout. It never leaves this computer.</source>
        <translation>Importez la clé du portefeuille du compte auditeur %1. Sa clé eERC, qui en est dérivée, doit être la clé d&apos;auditeur du contrat&#xa0;: elle déchiffre la copie de l&apos;auditeur de chaque versement. Elle ne quitte jamais cet ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>(named by the network)</source>
        <translation>(désigné par le réseau)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Import the wallet key of the operator account %1, the account that sends the payouts. It never leaves this computer.</source>
        <translation>Importez la clé du portefeuille du compte opérateur %1, le compte qui envoie les versements. Elle ne quitte jamais cet ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your wallet key signs your registration and claims; your eERC decryption key is derived from it. It never leaves this computer.</source>
        <translation>La clé de votre portefeuille signe votre inscription et vos retraits&#xa0;; votre clé de déchiffrement eERC en est dérivée. Elle ne quitte jamais cet ordinateur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create a new key</source>
        <translation>Créer une nouvelle clé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>or import one:</source>
        <translation>ou en importer une&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Private key, 64 hex digits</source>
        <translation>Clé privée, 64 chiffres hexadécimaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key in hexadecimal</source>
        <translation>Clé privée en hexadécimal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From file…</source>
        <translation>Depuis un fichier…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wallet key file</source>
        <translation>Fichier de la clé du portefeuille</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New key created</source>
        <translation>Nouvelle clé créée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key checked against the network</source>
        <translation>Clé vérifiée auprès du réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key imported</source>
        <translation>Clé importée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address %1</source>
        <translation>Adresse %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>Suivant</translation>
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
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earnings</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage servers</source>
        <translation>Serveurs d&apos;usage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycles</source>
        <translation>Cycles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>RPC node</source>
        <translation>Nœud RPC</translation>
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
        <translation>Aucun réseau</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Locks after the transaction</source>
        <translation>Verrouillage après la transaction</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock now</source>
        <translation>Verrouiller maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock now; the transaction is followed after the next unlock</source>
        <translation>Verrouiller maintenant&#xa0;; la transaction sera suivie après le prochain déverrouillage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The transaction stays recorded and is followed to its end after the next unlock.</source>
        <translation>La transaction reste enregistrée et sera suivie jusqu&apos;à son terme après le prochain déverrouillage.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amounts hidden</source>
        <translation>Montants masqués</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide amounts</source>
        <translation>Masquer les montants</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mask every amount, e.g. for screen sharing (Ctrl+H)</source>
        <translation>Masquer tous les montants, par ex. pour un partage d&apos;écran (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock the open profile</source>
        <translation>Verrouiller le profil ouvert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock %1 (Ctrl+L)</source>
        <translation>Verrouiller %1 (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No profile is open</source>
        <translation>Aucun profil n&apos;est ouvert</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../qml/components/Money.qml" line="+17"/>
        <source>Amount hidden</source>
        <translation>Montant masqué</translation>
    </message>
</context>
<context>
    <name>NetworkStep</name>
    <message>
        <location filename="../qml/onboarding/NetworkStep.qml" line="+17"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Operator server</source>
        <translation>Serveur de l&apos;opérateur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Operator server address</source>
        <translation>Adresse du serveur de l&apos;opérateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RPC node (optional)</source>
        <translation>Nœud RPC (facultatif)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the operator&apos;s RPC, or %1</source>
        <translation>le RPC de l&apos;opérateur, ou %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the operator&apos;s RPC, or e.g. https://api.avax-test.network/ext/bc/C/rpc</source>
        <translation>le RPC de l&apos;opérateur, ou par ex. https://api.avax-test.network/ext/bc/C/rpc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RPC node address</source>
        <translation>Adresse du nœud RPC</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allow plain http:// to another computer (unsafe)</source>
        <translation>Autoriser http:// en clair vers un autre ordinateur (non sécurisé)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (chain %2)</source>
        <translation>%1 (chaîne %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RPC %1 · operator %2</source>
        <translation>RPC %1 · opérateur %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payout token %1 · circuits: %2</source>
        <translation>Jeton de versement %1 · circuits&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Warning: </source>
        <translation>Attention&#xa0;: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>OnboardingView</name>
    <message>
        <location filename="../qml/views/OnboardingView.qml" line="+14"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Restore a profile</source>
        <translation>Restaurer un profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Back to unlock</source>
        <translation>Retour au déverrouillage</translation>
    </message>
</context>
<context>
    <name>Operator</name>
    <message>
        <location filename="../app/gui/operator_cycle_detail_model.cpp" line="+54"/>
        <source>Cycle %1: %2, %3 of %4 transfers confirmed</source>
        <translation>Cycle %1&#xa0;: %2, %3 transferts confirmés sur %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cycle %1: %2</source>
        <translation>Cycle %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+312"/>
        <source>Cycle %1 can no longer be retried; refresh the cycles.</source>
        <translation>Le cycle %1 ne peut plus être relancé&#xa0;; actualisez les cycles.</translation>
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
        <translation>Cycle %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>, done</source>
        <translation>, terminé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, in progress</source>
        <translation>, en cours</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server says: %1</source>
        <translation>Le serveur indique&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pool</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distributed</source>
        <translation>Distribué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dust kept</source>
        <translation>Poussière conservée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the cycle until it ends</source>
        <translation>Suivre le cycle jusqu&apos;à sa fin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry the failed cycle: its period and pool again; confirmed transfers are not sent twice</source>
        <translation>Relancer le cycle échoué&#xa0;: même période et même enveloppe&#xa0;; les transferts confirmés ne sont pas envoyés deux fois</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transfers (%1 confirmed of %2)</source>
        <translation>Transferts (%1 confirmés sur %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No transfer yet.</source>
        <translation>Aucun transfert pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>OperatorCyclesPage</name>
    <message>
        <location filename="../qml/pages/OperatorCyclesPage.qml" line="+19"/>
        <location line="+164"/>
        <source>Cycles</source>
        <translation>Cycles</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Distribution cycles: the pool of a period shared by the providers&apos; usage, paid in encrypted transfers.</source>
        <translation>Cycles de distribution&#xa0;: l&apos;enveloppe d&apos;une période, répartie selon l&apos;usage des fournisseurs et payée par transferts chiffrés.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the cycles again</source>
        <translation>Relire les cycles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New cycle…</source>
        <translation>Nouveau cycle…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a new distribution cycle</source>
        <translation>Lancer un nouveau cycle de distribution</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Chart of the pool and the number of providers per cycle</source>
        <translation>Graphique de l&apos;enveloppe et du nombre de fournisseurs par cycle</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pool (%1)</source>
        <translation>Enveloppe (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pool</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cycle %1 (%2): %3 %4, %5 providers</source>
        <translation>Cycle %1 (%2)&#xa0;: %3 %4, %5 fournisseurs</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No cycle yet.</source>
        <translation>Aucun cycle pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Reading the cycles…</source>
        <translation>Lecture des cycles…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cycle yet. Start one with “New cycle…”.</source>
        <translation>Aucun cycle pour l&apos;instant. Lancez-en un avec «&#xa0;Nouveau cycle…&#xa0;».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cycle %1, %2, %3</source>
        <translation>Cycle %1, %2, %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 providers</source>
        <translation>%1 fournisseurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 transfers confirmed</source>
        <translation>%1 transferts confirmés</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Select a cycle to see its steps and transfers.</source>
        <translation>Sélectionnez un cycle pour voir ses étapes et ses transferts.</translation>
    </message>
</context>
<context>
    <name>OperatorNewCycleDialog</name>
    <message>
        <location filename="../qml/components/OperatorNewCycleDialog.qml" line="+21"/>
        <source>New cycle</source>
        <translation>Nouveau cycle</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>From (UTC)</source>
        <translation>Du (UTC)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start of the period, included</source>
        <translation>Début de la période, inclus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To (UTC)</source>
        <translation>Au (UTC)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>End of the period, excluded</source>
        <translation>Fin de la période, exclue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pool (%1)</source>
        <translation>Enveloppe (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pool in %1, at most %2 decimals</source>
        <translation>Enveloppe en %1, %2 décimales au plus</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>eERC balance verified</source>
        <translation>Solde eERC vérifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eERC balance recovered</source>
        <translation>Solde eERC récupéré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no eERC key on chain</source>
        <translation>aucune clé eERC sur la chaîne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not read yet</source>
        <translation>pas encore lu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount ciphertexts disagreed with the encrypted balance; the amount comes from the encrypted balance.</source>
        <translation>Les chiffrés des montants ne concordaient pas avec le solde chiffré&#xa0;; le montant provient du solde chiffré.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>eERC %1 + wallet %2 − committed to running cycles %3 = available %4 %5</source>
        <translation>eERC %1 + portefeuille %2 − engagé dans les cycles en cours %3 = disponible %4 %5</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read again</source>
        <translation>Relire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the funding from the chain again</source>
        <translation>Relire le financement depuis la chaîne</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Preview (dry run)</source>
        <translation>Aperçu (simulation)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the server what this cycle would pay; nothing is paid</source>
        <translation>Demander au serveur ce que ce cycle paierait&#xa0;; rien n&apos;est payé</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This period and pool retry the failed cycle %1: transfers it confirmed are not sent again.</source>
        <translation>Cette période et cette enveloppe relancent le cycle échoué %1&#xa0;: les transferts qu&apos;il a confirmés ne sont pas renvoyés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No usage in this period: the cycle would pay nobody and be recorded as skipped.</source>
        <translation>Aucun usage sur cette période&#xa0;: le cycle ne paierait personne et serait enregistré comme ignoré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2 providers · %3 calls</source>
        <translation>%1 · %2 fournisseurs · %3 appels</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recomputed</source>
        <translation>Recalculé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>differs</source>
        <translation>diffère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all dust: no transfer</source>
        <translation>tout en poussière&#xa0;: aucun transfert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dust %1</source>
        <translation>poussière %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The eERC contract keeps %1 decimals: this part of the amount cannot be transferred and stays with the operator.</source>
        <translation>Le contrat eERC conserve %1 décimales&#xa0;: cette partie du montant ne peut pas être transférée et reste à l&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sum</source>
        <translation>Somme</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing to pay</source>
        <translation>Rien à payer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The amounts add up to the pool of %1 %2</source>
        <translation>Les montants totalisent l&apos;enveloppe de %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amounts do not add up to the pool of %1 %2</source>
        <translation>Les montants ne totalisent pas l&apos;enveloppe de %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The eERC contract keeps %1 decimals, the token %2: %3 %4 of dust stays with the operator.</source>
        <translation>Le contrat eERC conserve %1 décimales, le jeton %2&#xa0;: %3 %4 de poussière restent à l&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recomputed on this machine by the revenue rule: identical</source>
        <translation>Recalculé sur cette machine selon la règle de revenus&#xa0;: identique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recomputed on this machine: it differs from the server&apos;s</source>
        <translation>Recalculé sur cette machine&#xa0;: diffère de celui du serveur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Needs %1 %2 of the %3 %2 available.</source>
        <translation>Nécessite %1 %2 sur les %3 %2 disponibles.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Retry cycle</source>
        <translation>Relancer le cycle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the previewed cycle: the server pays the providers</source>
        <translation>Lancer le cycle prévisualisé&#xa0;: le serveur paie les fournisseurs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close; the cycle goes on on the server</source>
        <translation>Fermer&#xa0;; le cycle se poursuit sur le serveur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel; nothing is started</source>
        <translation>Annuler&#xa0;; rien n&apos;est lancé</translation>
    </message>
</context>
<context>
    <name>OperatorProvidersPage</name>
    <message>
        <location filename="../qml/pages/OperatorProvidersPage.qml" line="+20"/>
        <location line="+100"/>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Approve registered providers, suspend or reinstate them; every change is signed with the operator key.</source>
        <translation>Approuvez les fournisseurs inscrits, suspendez-les ou rétablissez-les&#xa0;; chaque modification est signée avec la clé de l&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+202"/>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Integrated</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earning revenue</source>
        <translation>Génère des revenus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show providers in state</source>
        <translation>Afficher les fournisseurs dans l&apos;état</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search name, id, address, API or email</source>
        <translation>Rechercher nom, identifiant, adresse, API ou e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search providers</source>
        <translation>Rechercher des fournisseurs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the providers again</source>
        <translation>Relire les fournisseurs</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered at</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the providers…</source>
        <translation>Lecture des fournisseurs…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No provider has registered yet.</source>
        <translation>Aucun fournisseur ne s&apos;est encore inscrit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No provider matches the filter.</source>
        <translation>Aucun fournisseur ne correspond au filtre.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Select a provider to see its registration, usage and payouts.</source>
        <translation>Sélectionnez un fournisseur pour voir son inscription, son usage et ses versements.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>eERC key registered on chain</source>
        <translation>Clé eERC enregistrée sur la chaîne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No eERC key on chain yet</source>
        <translation>Pas encore de clé eERC sur la chaîne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
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
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pricing</source>
        <translation>Tarification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+126"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Approve %1: integrated into FlowMCP</source>
        <translation>Approuver %1&#xa0;: intégré dans FlowMCP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suspend…</source>
        <translation>Suspendre…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+76"/>
        <source>Suspend %1</source>
        <translation>Suspendre %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Reinstate…</source>
        <translation>Rétablir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+69"/>
        <source>Reinstate %1</source>
        <translation>Rétablir %1</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Usage and payouts</source>
        <translation>Usage et versements</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 cycle</source>
        <translation>1 cycle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cycles</source>
        <translation>%1 cycles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 calls · %2 %3 paid</source>
        <translation>%1 appels · %2 %3 payés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No usage in any cycle yet.</source>
        <translation>Aucun usage enregistré dans un cycle pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 calls (%2) · %3 %4 · %5</source>
        <translation>%1 appels (%2) · %3 %4 · %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>paid</source>
        <translation>payé</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Approve %1</source>
        <translation>Approuver %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The provider becomes integrated: FlowMCP routes calls to its API and it takes part in the next cycles.</source>
        <translation>Le fournisseur devient intégré&#xa0;: FlowMCP achemine les appels vers son API et il participe aux prochains cycles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A suspended provider takes no part in new cycles until it is reinstated. The reason is kept with the change.</source>
        <translation>Un fournisseur suspendu ne participe à aucun nouveau cycle jusqu&apos;à ce qu&apos;il soit rétabli. Le motif est conservé avec la modification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider becomes registered again and needs an approval before it is paid.</source>
        <translation>Le fournisseur redevient inscrit et doit être approuvé avant d&apos;être payé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason (optional)</source>
        <translation>Motif (facultatif)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the change</source>
        <translation>Motif de la modification</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reinstate</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the change</source>
        <translation>Annuler la modification</translation>
    </message>
</context>
<context>
    <name>OperatorServersPage</name>
    <message>
        <location filename="../qml/pages/OperatorServersPage.qml" line="+18"/>
        <location line="+93"/>
        <source>Usage servers</source>
        <translation>Serveurs d&apos;usage</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>The FlowMCP servers that report usage; each sends its calls with its own token.</source>
        <translation>Les serveurs FlowMCP qui déclarent l&apos;usage&#xa0;; chacun envoie ses appels avec son propre jeton.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 active, %2 in all</source>
        <translation>%1 actifs, %2 au total</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the usage servers again</source>
        <translation>Relire les serveurs d&apos;usage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New server…</source>
        <translation>Nouveau serveur…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create a usage server</source>
        <translation>Créer un serveur d&apos;usage</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the usage servers…</source>
        <translation>Lecture des serveurs d&apos;usage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No usage server yet. Create one for each FlowMCP server that reports usage.</source>
        <translation>Aucun serveur d&apos;usage pour l&apos;instant. Créez-en un pour chaque serveur FlowMCP qui déclare l&apos;usage.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revoke %1</source>
        <translation>Révoquer %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New usage server</source>
        <translation>Nouveau serveur d&apos;usage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server gets a token for submitting usage. It is shown once, right after creation.</source>
        <translation>Le serveur reçoit un jeton pour soumettre l&apos;usage. Il n&apos;est affiché qu&apos;une fois, juste après la création.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name, e.g. flowmcp-eu-1</source>
        <translation>Nom, par ex. flowmcp-eu-1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server name</source>
        <translation>Nom du serveur</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the usage server</source>
        <translation>Créer le serveur d&apos;usage</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+95"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Cancel creating a server</source>
        <translation>Annuler la création du serveur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Token of %1</source>
        <translation>Jeton de %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This token is shown only now. Copy it into the FlowMCP server&apos;s configuration; BackendShield does not keep it. If it is lost, revoke the server and create a new one.</source>
        <translation>Ce jeton n&apos;est affiché que maintenant. Copiez-le dans la configuration du serveur FlowMCP&#xa0;; BackendShield ne le conserve pas. S&apos;il est perdu, révoquez le serveur et créez-en un nouveau.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The new server&apos;s token (%1 characters)</source>
        <translation>Le jeton du nouveau serveur (%1 caractères)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy the token to the clipboard</source>
        <translation>Copier le jeton dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have stored it</source>
        <translation>Je l&apos;ai conservé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close; the token is not shown again</source>
        <translation>Fermer&#xa0;; le jeton ne sera plus affiché</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Revoke %1?</source>
        <translation>Révoquer %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server %1 can no longer submit usage: its token is refused from now on. This cannot be undone; a new server gets a new token.</source>
        <translation>Le serveur %1 ne peut plus soumettre d&apos;usage&#xa0;: son jeton est refusé dès maintenant. Cette action est irréversible&#xa0;; un nouveau serveur reçoit un nouveau jeton.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke the server</source>
        <translation>Révoquer le serveur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the server</source>
        <translation>Conserver le serveur</translation>
    </message>
</context>
<context>
    <name>PassphraseStep</name>
    <message>
        <location filename="../qml/onboarding/PassphraseStep.qml" line="+16"/>
        <source>Protect it</source>
        <translation>Protégez-le</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>e.g. Acme Weather</source>
        <translation>par ex. Acme Weather</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase (at least 10 characters)</source>
        <translation>Phrase secrète (au moins 10 caractères)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Passphrase strength: %1</source>
        <translation>Robustesse de la phrase secrète&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Confirm the passphrase</source>
        <translation>Confirmer la phrase secrète</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The same passphrase again</source>
        <translation>La même phrase secrète, à nouveau</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create the encrypted vault</source>
        <translation>Créer le coffre chiffré</translation>
    </message>
</context>
<context>
    <name>Precision</name>
    <message>
        <location filename="../app/gui/format.cpp" line="-28"/>
        <source>Amounts in %1 with all %2 decimals; the contract keeps them exactly.</source>
        <translation>Montants en %1 avec toutes les %2 décimales&#xa0;; le contrat les conserve exactement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amounts in %1 with all %2 decimals. This network&apos;s contract keeps %3 decimals: it counts in steps of %4 %1, and a payout below that stays with the contract as dust.</source>
        <translation>Montants en %1 avec toutes les %2 décimales. Le contrat de ce réseau conserve %3 décimales&#xa0;: il compte par pas de %4 %1, et un versement inférieur reste au contrat comme poussière.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../app/gui/task_progress.cpp" line="+13"/>
        <source>Connecting to the node</source>
        <translation>Connexion au nœud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the chain</source>
        <translation>Lecture de la chaîne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decrypting the balance</source>
        <translation>Déchiffrement du solde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scanning payouts</source>
        <translation>Analyse des versements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking the operator&apos;s server</source>
        <translation>Interrogation du serveur de l&apos;opérateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking circuit files: %1</source>
        <translation>Vérification des fichiers de circuit&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the %1 circuit</source>
        <translation>Chargement du circuit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Following the claim sent earlier</source>
        <translation>Suivi du retrait envoyé précédemment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the balance</source>
        <translation>Lecture du solde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generating proof %1 %</source>
        <translation>Génération de la preuve %1&#xa0;%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking with the node</source>
        <translation>Vérification auprès du nœud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending the transaction</source>
        <translation>Envoi de la transaction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for confirmations %1 of %2</source>
        <translation>Attente des confirmations %1 sur %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/claim_model.cpp" line="+283"/>
        <source>Balance re-read from the chain</source>
        <translation>Solde relu depuis la chaîne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount allowed by the decimals rule</source>
        <translation>Montant autorisé par la règle des décimales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dry run of the proof passed</source>
        <translation>Simulation de la preuve réussie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network fee</source>
        <translation>Frais de réseau</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 will arrive in your wallet</source>
        <translation>%1 %2 arriveront dans votre portefeuille</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gas estimate %1</source>
        <translation>Estimation du gaz %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>at most %1 %2</source>
        <translation>au plus %1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/earnings_model.cpp" line="+66"/>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Calls: %1 · Out: %2 · Average response: %3 · Errors: %4</source>
        <translation>Appels&#xa0;: %1 · Sortant&#xa0;: %2 · Réponse moyenne&#xa0;: %3 · Erreurs&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not in the operator&apos;s report</source>
        <translation>Absent du rapport de l&apos;opérateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fair share</source>
        <translation>Part équitable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discrepancy</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stated amount differs</source>
        <translation>Montant déclaré différent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not on chain</source>
        <translation>Absent de la chaîne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <location filename="../app/gui/onboarding.cpp" line="+295"/>
        <source>Checking the RPC node</source>
        <translation>Vérification du nœud RPC</translation>
    </message>
    <message>
        <location filename="../app/gui/secretfield.cpp" line="+158"/>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use at least 10 characters.</source>
        <translation>Utilisez au moins 10 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This passphrase is easy to guess: make it longer, or use a few unrelated words.</source>
        <translation>Cette phrase secrète est facile à deviner&#xa0;: allongez-la, ou utilisez quelques mots sans rapport entre eux.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <location filename="../qml/pages/RegistrationPage.qml" line="+28"/>
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State with the operator: %1</source>
        <translation>État auprès de l&apos;opérateur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>With the operator</source>
        <translation>Auprès de l&apos;opérateur</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Contact email</source>
        <translation>E-mail de contact</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>API name</source>
        <translation>Nom de l&apos;API</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>API base URL</source>
        <translation>URL de base de l&apos;API</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Weather</source>
        <translation>Météo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>News</source>
        <translation>Actualités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Pricing</source>
        <translation>Tarification</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>Payant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This profile has no operator server.</source>
        <translation>Ce profil n&apos;a pas de serveur d&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update registration</source>
        <translation>Mettre à jour l&apos;inscription</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Register with the operator</source>
        <translation>S&apos;inscrire auprès de l&apos;opérateur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Provider id %1</source>
        <translation>Identifiant de fournisseur %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>On chain</source>
        <translation>Sur la chaîne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key registered</source>
        <translation>Clé enregistrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not registered</source>
        <translation>Non enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from the eERC registrar contract.</source>
        <translation>Lu dans le contrat de registre eERC.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registering publishes your eERC public key with a zero-knowledge proof that you hold its private key. Payouts can only reach a registered key.</source>
        <translation>L&apos;enregistrement publie votre clé publique eERC avec une preuve à divulgation nulle de connaissance que vous détenez sa clé privée. Les versements ne peuvent atteindre qu&apos;une clé enregistrée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Register on chain</source>
        <translation>Enregistrer sur la chaîne</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../qml/auditor/ReportsPage.qml" line="+22"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your saved verification runs, each signed with your wallet key. Export them for others, or check a report someone sent you.</source>
        <translation>Vos vérifications enregistrées, chacune signée avec la clé de votre portefeuille. Exportez-les pour d&apos;autres, ou vérifiez un rapport que l&apos;on vous a envoyé.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the saved runs again</source>
        <translation>Relire les vérifications enregistrées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check a report…</source>
        <translation>Vérifier un rapport…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the signature and the sums of a report file</source>
        <translation>Vérifier la signature et les sommes d&apos;un fichier de rapport</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved verification runs</source>
        <translation>Vérifications enregistrées</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the saved runs…</source>
        <translation>Lecture des vérifications enregistrées…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No run yet. Run a verification on the Verify page; it is saved here.</source>
        <translation>Aucune vérification pour l&apos;instant. Lancez une vérification dans la page Vérification&#xa0;; elle est enregistrée ici.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Run %1 · %2</source>
        <translation>Vérification %1 · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operator&apos;s report not received</source>
        <translation>rapport de l&apos;opérateur non reçu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open run %1 on the Verify page</source>
        <translation>Ouvrir la vérification %1 dans la page Vérification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export run %1 as the signed JSON report</source>
        <translation>Exporter la vérification %1 sous forme de rapport JSON signé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export run %1 as CSV</source>
        <translation>Exporter la vérification %1 en CSV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export run %1 as a PDF statement</source>
        <translation>Exporter la vérification %1 sous forme de relevé PDF</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export the run</source>
        <translation>Exporter la vérification</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a report (JSON)</source>
        <translation>Choisir un rapport (JSON)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports (*.json)</source>
        <translation>Rapports (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>RestoreStep</name>
    <message>
        <location filename="../qml/onboarding/RestoreStep.qml" line="+24"/>
        <source>Restore from a backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup file holds the keys and the profile of a vault. It becomes a new profile on this computer with a new passphrase; the backup stays as it is.</source>
        <translation>Un fichier de sauvegarde contient les clés et le profil d&apos;un coffre. Il devient un nouveau profil sur cet ordinateur avec une nouvelle phrase secrète&#xa0;; la sauvegarde reste telle quelle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the backup file…</source>
        <translation>Choisir le fichier de sauvegarde…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup file</source>
        <translation>Le fichier de sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BackendShield backups (*.bsbackup)</source>
        <translation>Sauvegardes BackendShield (*.bsbackup)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup&apos;s passphrase</source>
        <translation>La phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase the backup was saved with</source>
        <translation>La phrase secrète avec laquelle la sauvegarde a été enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup passphrase</source>
        <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Acme Weather</source>
        <translation>par ex. Acme Weather</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the restored profile</source>
        <translation>Nom du profil restauré</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New vault passphrase (at least 10 characters)</source>
        <translation>Nouvelle phrase secrète du coffre (au moins 10 caractères)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New vault passphrase</source>
        <translation>Nouvelle phrase secrète du coffre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The same passphrase again</source>
        <translation>La même phrase secrète, à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the new passphrase</source>
        <translation>Confirmer la nouvelle phrase secrète</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore and open</source>
        <translation>Restaurer et ouvrir</translation>
    </message>
</context>
<context>
    <name>RoleStep</name>
    <message>
        <location filename="../qml/onboarding/RoleStep.qml" line="+11"/>
        <source>What do you do?</source>
        <translation>Que faites-vous&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provider: I run an API and get paid for its usage</source>
        <translation>Fournisseur&#xa0;: je gère une API et je suis payé pour son usage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auditor: I check the operator&apos;s totals with the auditor key</source>
        <translation>Auditeur&#xa0;: je vérifie les totaux de l&apos;opérateur avec la clé d&apos;auditeur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Operator: I run distributions from the operator&apos;s account</source>
        <translation>Opérateur&#xa0;: je lance les distributions depuis le compte de l&apos;opérateur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You will import the wallet key of that account; it is checked against the network before the vault is made.</source>
        <translation>Vous importerez la clé du portefeuille de ce compte&#xa0;; elle est vérifiée auprès du réseau avant la création du coffre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <location filename="../qml/components/SecretInput.qml" line="+20"/>
        <source>Hidden text; only its length is shown</source>
        <translation>Texte masqué ; seule sa longueur est affichée</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="+12"/>
        <source>Settings</source>
        <extracomment>Page heading for application settings</extracomment>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles, security and appearance.</source>
        <translation>Profils, sécurité et apparence.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No profile is open. A profile holds one wallet, its role and its network, in an encrypted vault on this computer.</source>
        <translation>Aucun profil n&apos;est ouvert. Un profil contient un portefeuille, son rôle et son réseau, dans un coffre chiffré sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (chain %2)</source>
        <translation>%1 (chaîne %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RPC node</source>
        <translation>Nœud RPC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator server</source>
        <translation>Serveur de l&apos;opérateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>as the contracts state it</source>
        <translation>telle que les contrats l&apos;indiquent</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup and passphrase</source>
        <translation>Sauvegarde et phrase secrète</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An encrypted backup holds the wallet key and the eERC key. Keep it away from this computer.</source>
        <translation>Une sauvegarde chiffrée contient la clé du portefeuille et la clé eERC. Conservez-la hors de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Backup passphrase</source>
        <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back up now…</source>
        <translation>Sauvegarder maintenant…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the backup</source>
        <translation>Enregistrer la sauvegarde</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New passphrase (at least 10 characters)</source>
        <translation>Nouvelle phrase secrète (au moins 10 caractères)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New passphrase again</source>
        <translation>Nouvelle phrase secrète, à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the new passphrase</source>
        <translation>Confirmer la nouvelle phrase secrète</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backup saved to %1</source>
        <translation>Sauvegarde enregistrée dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase changed.</source>
        <translation>Phrase secrète changée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock after idle time (minutes)</source>
        <translation>Verrouiller après inactivité (minutes)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lock after idle time in minutes</source>
        <translation>Délai d&apos;inactivité avant verrouillage, en minutes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start with amounts hidden</source>
        <translation>Démarrer avec les montants masqués</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Theme: %1</source>
        <translation>Thème&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+24"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>System language</source>
        <extracomment>Use the operating system&apos;s language</extracomment>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../qml/components/StatementDialog.qml" line="+23"/>
        <source>Statement of earnings</source>
        <translation>Relevé de revenus</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Proves each payout of the period without revealing your key: a PDF to read and a JSON file that anyone can check against the chain.</source>
        <translation>Prouve chaque versement de la période sans révéler votre clé&#xa0;: un PDF à lire et un fichier JSON que chacun peut vérifier par rapport à la chaîne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From (first day)</source>
        <translation>Du (premier jour)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To (last day)</source>
        <translation>Au (dernier jour)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder for the statement files</source>
        <translation>Choisir le dossier des fichiers du relevé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter both days as YYYY-MM-DD, the first not after the last.</source>
        <translation>Saisissez les deux jours au format AAAA-MM-JJ, le premier ne devant pas être postérieur au dernier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make statement</source>
        <translation>Établir le relevé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the statement</source>
        <translation>Établir le relevé</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n payout(s), %1, written to %2 and %3. Check the JSON with: bshield statement check --in &lt;file&gt; --rpc &lt;node&gt;</source>
        <translation>
            <numerusform>%n versement, %1&#xa0;; relevé écrit dans %2 et %3. Vérifiez le JSON avec&#xa0;: bshield statement check --in &lt;file&gt; --rpc &lt;node&gt;</numerusform>
            <numerusform>%n versements, %1&#xa0;; relevé écrit dans %2 et %3. Vérifiez le JSON avec&#xa0;: bshield statement check --in &lt;file&gt; --rpc &lt;node&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The statement could not be made: %1</source>
        <translation>Le relevé n&apos;a pas pu être établi&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder for the statement</source>
        <translation>Dossier du relevé</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../qml/components/Stepper.qml" line="+39"/>
        <source>%1: done</source>
        <translation>%1&#xa0;: terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: failed</source>
        <translation>%1&#xa0;: échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: in progress</source>
        <translation>%1&#xa0;: en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: ahead</source>
        <translation>%1&#xa0;: à venir</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <location filename="../qml/components/TaskStatus.qml" line="+40"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel %1</source>
        <translation>Annuler %1</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../qml/views/UnlockView.qml" line="+43"/>
        <source>Unlock BackendShield</source>
        <translation>Déverrouiller BackendShield</translation>
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
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forgot the passphrase? Add the profile again and import your wallet key (or restore a backup with bshield vault restore): your eERC key is derived from the wallet key.</source>
        <translation>Phrase secrète oubliée&#xa0;? Ajoutez à nouveau le profil et importez la clé de votre portefeuille (ou restaurez une sauvegarde avec bshield vault restore)&#xa0;: votre clé eERC est dérivée de la clé du portefeuille.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add a profile</source>
        <translation>Ajouter un profil</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../qml/auditor/VerifyPage.qml" line="+26"/>
        <source>Verify</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the operator&apos;s reported distributions against what the chain shows, decrypted with your auditor key.</source>
        <translation>Comparez les distributions déclarées par l&apos;opérateur avec ce que montre la chaîne, déchiffré avec votre clé d&apos;auditeur.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period to verify</source>
        <translation>Période à vérifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every cycle so far</source>
        <translation>Tous les cycles jusqu&apos;ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom dates…</source>
        <translation>Dates personnalisées…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cycle %1 · %2</source>
        <translation>Cycle %1 · %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From 2026-11-01</source>
        <translation>Du 2026-11-01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start of the period, UTC</source>
        <translation>Début de la période, UTC</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To 2026-11-30</source>
        <translation>Au 2026-11-30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the period, UTC</source>
        <translation>Dernier jour de la période, UTC</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run verification</source>
        <translation>Lancer la vérification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the verification of the chosen period</source>
        <translation>Lancer la vérification de la période choisie</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The operator&apos;s report could not be read (%1). The payouts the chain shows are listed below.</source>
        <translation>Le rapport de l&apos;opérateur n&apos;a pas pu être lu (%1). Les versements que montre la chaîne sont listés ci-dessous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operator&apos;s report could not be fetched (%1). The payouts the chain shows are listed below.</source>
        <translation>Le rapport de l&apos;opérateur n&apos;a pas pu être récupéré (%1). Les versements que montre la chaîne sont listés ci-dessous.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clean</source>
        <translation>Sans anomalie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 high · %2 medium · %3 low</source>
        <translation>Élevée&#xa0;: %1 · moyenne&#xa0;: %2 · faible&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run %1, signed with your wallet key and saved</source>
        <translation>Vérification %1, signée avec la clé de votre portefeuille et enregistrée</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reported %1 · decrypted %2 %3</source>
        <translation>Déclaré %1 · déchiffré %2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paid outside the report: %1 %2</source>
        <translation>Payé hors rapport&#xa0;: %1 %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Chart of the reported and the decrypted total per cycle</source>
        <translation>Graphique du total déclaré et du total déchiffré par cycle</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+79"/>
        <source>Reported</source>
        <translation>Déclaré</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+78"/>
        <source>Decrypted</source>
        <translation>Déchiffré</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Cycle %1: reported %2, decrypted %3 %4</source>
        <translation>Cycle %1&#xa0;: déclaré %2, déchiffré %3 %4</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report lists no cycle.</source>
        <translation>Le rapport ne liste aucun cycle.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run a verification to see the cycles.</source>
        <translation>Lancez une vérification pour voir les cycles.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cycles (%1)</source>
        <translation>Cycles (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Findings (%1)</source>
        <translation>Constats (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payouts of cycle %1 (%2)</source>
        <translation>Versements du cycle %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payouts (%1)</source>
        <translation>Versements (%1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cycles, reported against the chain</source>
        <translation>Cycles, déclarés comparés à la chaîne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reported count</source>
        <translation>Nombre déclaré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found count</source>
        <translation>Nombre trouvé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No cycle to show.</source>
        <translation>Aucun cycle à afficher.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cycle %1: reported %2 in %3 transfers, decrypted %4 in %5; %6. Show its payouts</source>
        <translation>Cycle %1&#xa0;: déclaré %2 en %3 transferts, déchiffré %4 en %5&#xa0;; %6. Afficher ses versements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>matches</source>
        <translation>concorde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>findings</source>
        <translation>constats</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Matches</source>
        <translation>Concorde</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No finding: the chain confirms the report.</source>
        <translation>Aucun constat&#xa0;: la chaîne confirme le rapport.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No run yet.</source>
        <translation>Aucune vérification pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+110"/>
        <source>cycle %1</source>
        <translation>cycle %1</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Copy tx</source>
        <translation>Copier la tx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the transaction hash %1</source>
        <translation>Copier le hash de la transaction %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+38"/>
        <source>Payouts</source>
        <translation>Versements</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Show the payouts of cycle %1</source>
        <translation>Afficher les versements du cycle %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Payouts of cycle %1</source>
        <translation>Versements du cycle %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the payouts of every cycle</source>
        <translation>Afficher les versements de tous les cycles</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No payout to show.</source>
        <translation>Aucun versement à afficher.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Payout in block %1 to %2; copy its transaction hash</source>
        <translation>Versement dans le bloc %1 vers %2&#xa0;; copier le hash de sa transaction</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>log %1</source>
        <translation>log %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Block %1 · %2 · to %3</source>
        <translation>Bloc %1 · %2 · vers %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>earlier period, cycle %1</source>
        <translation>période antérieure, cycle %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not in the report</source>
        <translation>absent du rapport</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not decrypted</source>
        <translation>non déchiffré</translation>
    </message>
</context>
<context>
    <name>WelcomeStep</name>
    <message>
        <location filename="../qml/onboarding/WelcomeStep.qml" line="+13"/>
        <source>Welcome to BackendShield</source>
        <translation>Bienvenue dans BackendShield</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your payouts arrive as encrypted eERC transfers: nobody else sees what you earn. This app keeps your keys on this computer, decrypts and checks every payout, and claims your balance to USDC whenever you like, even when the operator&apos;s server is down.</source>
        <translation>Vos versements arrivent sous forme de transferts eERC chiffrés&#xa0;: personne d&apos;autre ne voit ce que vous gagnez. Cette application conserve vos clés sur cet ordinateur, déchiffre et vérifie chaque versement, et retire votre solde en USDC quand vous le souhaitez, même lorsque le serveur de l&apos;opérateur est hors service.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Get started</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore from a backup…</source>
        <translation>Restaurer depuis une sauvegarde…</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../core/audit/canonical_json.cpp" line="+69"/>
        <source>a report member is given twice: %1</source>
        <translation>un membre du rapport est indiqué deux fois : %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the report holds a number that is not an integer below 2^53, which has no canonical form</source>
        <translation>le rapport contient un nombre qui n&apos;est pas un entier inférieur à 2^53 et n&apos;a donc pas de forme canonique</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the report holds a value that has no canonical form</source>
        <translation>le rapport contient une valeur qui n&apos;a pas de forme canonique</translation>
    </message>
    <message>
        <location filename="../core/audit/events.h" line="+27"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the auditor&apos;s cache in the vault is damaged (event at block %1, log %2); it is rebuilt from the chain by the next verification.</source>
        <translation>le cache de l&apos;auditeur dans le coffre est endommagé (événement au bloc %1, log %2) ; il sera reconstruit à partir de la chaîne lors de la prochaine vérification.</translation>
    </message>
    <message>
        <location filename="../core/audit/reconcile.cpp" line="+173"/>
        <source>The operator&apos;s report counts in units of %1 decimals, but the token on chain has %2; its amounts were read as the token&apos;s units.</source>
        <translation>Le rapport de l&apos;opérateur compte en unités à %1 décimales, mais le jeton sur la chaîne en a %2 ; ses montants ont été lus comme des unités du jeton.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The report lists transfer %1 log %2 more than once (cycle %3)</source>
        <translation>Le rapport liste le transfert %1 log %2 plus d&apos;une fois (cycle %3)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The report lists transfer %1 as paid to %2, but on chain it paid %3 (cycle %4)</source>
        <translation>Le rapport indique le transfert %1 comme payé à %2, mais sur la chaîne il a été payé à %3 (cycle %4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The report places transfer %1 in block %2, but it is in block %3 (cycle %4)</source>
        <translation>Le rapport place le transfert %1 dans le bloc %2, mais il se trouve dans le bloc %3 (cycle %4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The report lists transfer %1 log %2, which is not among the operator&apos;s payouts on chain (not looked up further: too many) (cycle %3)</source>
        <translation>Le rapport liste le transfert %1 log %2, qui ne figure pas parmi les versements de l&apos;opérateur sur la chaîne (pas recherché plus avant : trop nombreux) (cycle %3)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The report lists transfer %1 log %2, but that transfer was sent by %3, not by the operator (cycle %4)</source>
        <translation>Le rapport liste le transfert %1 log %2, mais ce transfert a été envoyé par %3, et non par l&apos;opérateur (cycle %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report lists transfer %1 log %2, but that transfer was sent by another account, not by the operator (cycle %3)</source>
        <translation>Le rapport liste le transfert %1 log %2, mais ce transfert a été envoyé par un autre compte, et non par l&apos;opérateur (cycle %3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The report lists transfer %1 log %2, made after the blocks this verification read; run it again to include it (cycle %3)</source>
        <translation>Le rapport liste le transfert %1 log %2, effectué après les blocs lus par cette vérification ; relancez-la pour l&apos;inclure (cycle %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report lists transfer %1 log %2, but that log of the transaction is not an eERC transfer (cycle %3)</source>
        <translation>Le rapport liste le transfert %1 log %2, mais ce log de la transaction n&apos;est pas un transfert eERC (cycle %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report lists transfer %1 log %2, but no such transaction is on chain (cycle %3)</source>
        <translation>Le rapport liste le transfert %1 log %2, mais cette transaction n&apos;existe pas sur la chaîne (cycle %3)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The report&apos;s transferCount is %1 but it lists %2 transfers (cycle %3)</source>
        <translation>Le transferCount du rapport vaut %1, mais il liste %2 transferts (cycle %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The report claims %1 transfers; %2 of those listed are the operator&apos;s payouts on chain (cycle %3)</source>
        <translation>Le rapport annonce %1 transferts ; %2 de ceux listés sont des versements de l&apos;opérateur sur la chaîne (cycle %3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report claims %1 of dust, but this eERC carries every unit of the token, so nothing can be dust (cycle %2)</source>
        <translation>Le rapport annonce %1 de poussière, mais cet eERC porte chaque unité du jeton, donc rien ne peut être de la poussière (cycle %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The report claims %1 distributed; the listed transfers carried %2 (cycle %3)</source>
        <translation>Le rapport annonce %1 distribués ; les transferts listés portaient %2 (cycle %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report claims %1 distributed; the listed transfers carried %2 and more that could not be decrypted (cycle %3)</source>
        <translation>Le rapport annonce %1 distribués ; les transferts listés portaient %2, plus d&apos;autres montants qui n&apos;ont pas pu être déchiffrés (cycle %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The listed transfers carried %1, more than the pool of %2 (cycle %3)</source>
        <translation>Les transferts listés portaient %1, plus que l&apos;enveloppe de %2 (cycle %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report claims %1 distributed and %2 of dust, more than the pool of %3 (cycle %4)</source>
        <translation>Le rapport annonce %1 distribués et %2 de poussière, plus que l&apos;enveloppe de %3 (cycle %4)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The report&apos;s grand total (%1, %2 transfers) is not the sum of its cycles (%3, %4 transfers).</source>
        <translation>Le total général du rapport (%1, %2 transferts) n&apos;est pas la somme de ses cycles (%3, %4 transferts).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report claims %1 distributed in the period; its listed transfers carried %2.</source>
        <translation>Le rapport annonce %1 distribués sur la période ; ses transferts listés portaient %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report claims %1 transfers in the period; %2 of those listed are the operator&apos;s payouts on chain.</source>
        <translation>Le rapport annonce %1 transferts sur la période ; %2 de ceux listés sont des versements de l&apos;opérateur sur la chaîne.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The report lists deposit %1 more than once.</source>
        <translation>Le rapport liste le dépôt %1 plus d&apos;une fois.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The report lists deposit %1 of %2, but the operator made no deposit in that transaction.</source>
        <translation>Le rapport liste le dépôt %1 de %2, mais l&apos;opérateur n&apos;a effectué aucun dépôt dans cette transaction.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report lists deposit %1 as %2, but it deposited %3.</source>
        <translation>Le rapport liste le dépôt %1 pour %2, mais le montant déposé est de %3.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The payout %1 names %2 as its auditor, but the contract&apos;s auditor at that point was %3.</source>
        <translation>Le versement %1 désigne %2 comme auditeur, mais l&apos;auditeur du contrat à ce moment-là était %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The withdraw %1 names %2 as its auditor, but the contract&apos;s auditor at that point was %3.</source>
        <translation>Le retrait %1 désigne %2 comme auditeur, mais l&apos;auditeur du contrat à ce moment-là était %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The burn %1 names %2 as its auditor, but the contract&apos;s auditor at that point was %3.</source>
        <translation>La destruction %1 désigne %2 comme auditeur, mais l&apos;auditeur du contrat à ce moment-là était %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The payout %1 names %2 as its auditor, but the contract&apos;s auditor at that point was not set yet.</source>
        <translation>Le versement %1 désigne %2 comme auditeur, mais l&apos;auditeur du contrat n&apos;était pas encore défini à ce moment-là.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The withdraw %1 names %2 as its auditor, but the contract&apos;s auditor at that point was not set yet.</source>
        <translation>Le retrait %1 désigne %2 comme auditeur, mais l&apos;auditeur du contrat n&apos;était pas encore défini à ce moment-là.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The burn %1 names %2 as its auditor, but the contract&apos;s auditor at that point was not set yet.</source>
        <translation>La destruction %1 désigne %2 comme auditeur, mais l&apos;auditeur du contrat n&apos;était pas encore défini à ce moment-là.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The auditor ciphertext of payout %1 does not decrypt under this auditor&apos;s key although it names this auditor; its amount cannot be verified.</source>
        <translation>Le chiffré destiné à l&apos;auditeur du versement %1 ne se déchiffre pas avec la clé de cet auditeur bien qu&apos;il désigne cet auditeur ; son montant ne peut pas être vérifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The auditor ciphertext of withdraw %1 does not decrypt under this auditor&apos;s key although it names this auditor; its amount cannot be verified.</source>
        <translation>Le chiffré destiné à l&apos;auditeur du retrait %1 ne se déchiffre pas avec la clé de cet auditeur bien qu&apos;il désigne cet auditeur ; son montant ne peut pas être vérifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The auditor ciphertext of burn %1 does not decrypt under this auditor&apos;s key although it names this auditor; its amount cannot be verified.</source>
        <translation>Le chiffré destiné à l&apos;auditeur de la destruction %1 ne se déchiffre pas avec la clé de cet auditeur bien qu&apos;il désigne cet auditeur ; son montant ne peut pas être vérifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The auditor ciphertext of payout %1 was made for %2 (another auditor&apos;s epoch); its amount cannot be verified with this key.</source>
        <translation>Le chiffré destiné à l&apos;auditeur du versement %1 a été produit pour %2 (l&apos;époque d&apos;un autre auditeur) ; son montant ne peut pas être vérifié avec cette clé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The auditor ciphertext of withdraw %1 was made for %2 (another auditor&apos;s epoch); its amount cannot be verified with this key.</source>
        <translation>Le chiffré destiné à l&apos;auditeur du retrait %1 a été produit pour %2 (l&apos;époque d&apos;un autre auditeur) ; son montant ne peut pas être vérifié avec cette clé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The auditor ciphertext of burn %1 was made for %2 (another auditor&apos;s epoch); its amount cannot be verified with this key.</source>
        <translation>Le chiffré destiné à l&apos;auditeur de la destruction %1 a été produit pour %2 (l&apos;époque d&apos;un autre auditeur) ; son montant ne peut pas être vérifié avec cette clé.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The operator paid %1 to %2 in transaction %3, and the report does not list it.</source>
        <translation>L&apos;opérateur a payé %1 à %2 dans la transaction %3, et le rapport ne le liste pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The operator paid an amount to %1 in transaction %2, and the report does not list it.</source>
        <translation>L&apos;opérateur a payé un montant à %1 dans la transaction %2, et le rapport ne le liste pas.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The operator&apos;s withdraw %1 states %2 but its auditor ciphertext holds %3.</source>
        <translation>Le retrait %1 de l&apos;opérateur indique %2, mais son chiffré destiné à l&apos;auditeur contient %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The operator&apos;s withdraw %1 states %2 units but its auditor ciphertext holds %3 units.</source>
        <translation>Le retrait %1 de l&apos;opérateur indique %2 unités, mais son chiffré destiné à l&apos;auditeur contient %3 unités.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The operator deposited %1 in transaction %2, and the report does not list it.</source>
        <translation>L&apos;opérateur a déposé %1 dans la transaction %2, et le rapport ne le liste pas.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 received %2 payout but has no key in the eERC registrar.</source>
        <translation>%1 a reçu %2 versement mais n&apos;a aucune clé dans le registre eERC.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 received %2 payouts but has no key in the eERC registrar.</source>
        <translation>%1 a reçu %2 versements mais n&apos;a aucune clé dans le registre eERC.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 received %2 payout but is not one of the operator&apos;s providers.</source>
        <translation>%1 a reçu %2 versement mais ne fait pas partie des fournisseurs de l&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 received %2 payouts but is not one of the operator&apos;s providers.</source>
        <translation>%1 a reçu %2 versements mais ne fait pas partie des fournisseurs de l&apos;opérateur.</translation>
    </message>
    <message>
        <location filename="../core/audit/report.cpp" line="+255"/>
        <source>the report has an invalid %1 (expected %2); it is not a BackendShield audit report of this version, or it was changed.</source>
        <translation>le rapport contient une valeur invalide pour %1 (attendu : %2) ; ce n&apos;est pas un rapport d&apos;audit BackendShield de cette version, ou il a été modifié.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a decimal string or null</source>
        <translation>une chaîne décimale ou null</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a value (null where the schema allows it)</source>
        <translation>une valeur (null là où le schéma l&apos;autorise)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a block at or after from</source>
        <translation>un bloc égal ou postérieur à from</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>high, medium or low</source>
        <translation>high, medium ou low</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>decrypted or undecryptable</source>
        <translation>decrypted ou undecryptable</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cycle, earlier-period or unreported</source>
        <translation>cycle, earlier-period ou unreported</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>amounts exactly when the PCT decrypted</source>
        <translation>des montants exactement quand le PCT a été déchiffré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a cycle id exactly when the payout is attributed to one</source>
        <translation>un identifiant de cycle exactement quand le versement est attribué à un cycle</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>withdraw, burn or deposit</source>
        <translation>withdraw, burn ou deposit</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>ok or findings</source>
        <translation>ok ou findings</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>clean or findings</source>
        <translation>clean ou findings</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>received, unavailable or malformed</source>
        <translation>received, unavailable ou malformed</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the amount in eERC units</source>
        <translation>le montant en unités eERC</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the counts of the findings listed</source>
        <translation>le nombre de constats listés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clean exactly when no finding is listed</source>
        <translation>clean exactement quand aucun constat n&apos;est listé</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>0x followed by 130 hex digits</source>
        <translation>0x suivi de 130 chiffres hexadécimaux</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the report is larger than %1 MiB; it is not a report this program wrote.</source>
        <translation>le rapport dépasse %1 Mio ; ce n&apos;est pas un rapport écrit par ce programme.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the report&apos;s amountDecimals does not add up; it was changed after it was made.</source>
        <translation>le champ amountDecimals du rapport n&apos;est pas cohérent ; le rapport a été modifié après sa création.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the report&apos;s list of payouts (one payout is listed twice), which does not add up; it was changed after it was made.</source>
        <translation>la liste des versements du rapport (un versement y figure deux fois) n&apos;est pas cohérente ; le rapport a été modifié après sa création.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the report&apos;s list of cycles (a cycle is listed twice), which does not add up; it was changed after it was made.</source>
        <translation>la liste des cycles du rapport (un cycle y figure deux fois) n&apos;est pas cohérente ; le rapport a été modifié après sa création.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the report&apos;s cycle %1 (decrypted total or count) does not add up; it was changed after it was made.</source>
        <translation>le cycle %1 du rapport (total déchiffré ou nombre) n&apos;est pas cohérent ; le rapport a été modifié après sa création.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the report&apos;s cycle %1 (completeness) does not add up; it was changed after it was made.</source>
        <translation>le cycle %1 du rapport (complétude) n&apos;est pas cohérent ; le rapport a été modifié après sa création.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the report&apos;s cycle %1 (dust beyond what its transfers can round away) does not add up; it was changed after it was made.</source>
        <translation>le cycle %1 du rapport (poussière supérieure à ce que ses transferts peuvent arrondir) n&apos;est pas cohérent ; le rapport a été modifié après sa création.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the report&apos;s payout list (a payout names a cycle that is not listed), which does not add up; it was changed after it was made.</source>
        <translation>la liste des versements du rapport (un versement désigne un cycle qui n&apos;est pas listé) n&apos;est pas cohérente ; le rapport a été modifié après sa création.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the report&apos;s decrypted total of the period does not add up; it was changed after it was made.</source>
        <translation>le total déchiffré de la période dans le rapport n&apos;est pas cohérent ; le rapport a été modifié après sa création.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the report&apos;s dust of the period does not add up; it was changed after it was made.</source>
        <translation>la poussière de la période dans le rapport n&apos;est pas cohérente ; le rapport a été modifié après sa création.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the report&apos;s total of unreported payouts does not add up; it was changed after it was made.</source>
        <translation>le total des versements non déclarés dans le rapport n&apos;est pas cohérent ; le rapport a été modifié après sa création.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the report&apos;s total of withdrawals, burns or deposits does not add up; it was changed after it was made.</source>
        <translation>le total des retraits, destructions ou dépôts dans le rapport n&apos;est pas cohérent ; le rapport a été modifié après sa création.</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>the report is not a JSON object; it is not a BackendShield audit report.</source>
        <translation>le rapport n&apos;est pas un objet JSON ; ce n&apos;est pas un rapport d&apos;audit BackendShield.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the report is not signed.</source>
        <translation>le rapport n&apos;est pas signé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the report&apos;s signature does not match its content: it was changed after it was signed, or the signature is not the stated signer&apos;s.</source>
        <translation>la signature du rapport ne correspond pas à son contenu : il a été modifié après sa signature, ou la signature n&apos;est pas celle du signataire indiqué.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the report is signed by %1, not by the auditor it names (%2).</source>
        <translation>le rapport est signé par %1, et non par l&apos;auditeur qu&apos;il désigne (%2).</translation>
    </message>
    <message>
        <location filename="../core/audit/scanner.cpp" line="+97"/>
        <source>the RPC node at %1 answered with a log of another account than the operator&apos;s (block %2, transaction %3, log %4); it is broken or not telling the truth: use another node. Nothing was stored.</source>
        <translation>le nœud RPC à l&apos;adresse %1 a répondu avec un log d&apos;un autre compte que celui de l&apos;opérateur (bloc %2, transaction %3, log %4) ; il est défaillant ou ne dit pas la vérité : utilisez un autre nœud. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the RPC node at %1 answered with a log that was not asked for (block %2, transaction %3, log %4); it is broken or not telling the truth: use another node. Nothing was stored.</source>
        <translation>le nœud RPC à l&apos;adresse %1 a répondu avec un log qui n&apos;était pas demandé (bloc %2, transaction %3, log %4) ; il est défaillant ou ne dit pas la vérité : utilisez un autre nœud. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the RPC node at %1 answered with a log that does not decode as %2 (block %3, transaction %4, log %5); it is broken or not telling the truth: use another node. Nothing was stored.</source>
        <translation>le nœud RPC à l&apos;adresse %1 a répondu avec un log qui ne se décode pas comme %2 (bloc %3, transaction %4, log %5) ; il est défaillant ou ne dit pas la vérité : utilisez un autre nœud. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>the RPC node at %1 answered with two different logs at block %2, log %3; use another node. Nothing was stored.</source>
        <translation>le nœud RPC à l&apos;adresse %1 a répondu avec deux logs différents au bloc %2, log %3 ; utilisez un autre nœud. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../core/audit/store.cpp" line="+24"/>
        <source>an audit scan tried to store an event outside the blocks it scanned</source>
        <translation>une analyse d&apos;audit a tenté d&apos;enregistrer un événement en dehors des blocs analysés</translation>
    </message>
    <message>
        <location filename="../core/audit/verifier.cpp" line="+170"/>
        <source>the network does not name the operator&apos;s account; use a network description from the operator&apos;s GET /network.</source>
        <translation>le réseau ne désigne pas le compte de l&apos;opérateur ; utilisez une description du réseau provenant du GET /network de l&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the period must end after it starts.</source>
        <translation>la période doit se terminer après son début.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The network names no operator server.</source>
        <translation>Le réseau ne désigne aucun serveur d&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The operator&apos;s report could not be read: %1 The chain was still read: its payouts are listed, none could be held against a report.</source>
        <translation>Le rapport de l&apos;opérateur n&apos;a pas pu être lu : %1 La chaîne a tout de même été lue : ses versements sont listés, aucun n&apos;a pu être confronté à un rapport.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The operator&apos;s report could not be fetched: %1 The chain was still read: its payouts are listed, none could be held against a report.</source>
        <translation>Le rapport de l&apos;opérateur n&apos;a pas pu être récupéré : %1 La chaîne a tout de même été lue : ses versements sont listés, aucun n&apos;a pu être confronté à un rapport.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The operator&apos;s report names %1 and its key as the auditor, but the contract&apos;s auditor is %2.</source>
        <translation>Le rapport de l&apos;opérateur désigne %1 et sa clé comme auditeur, mais l&apos;auditeur du contrat est %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The operator&apos;s report names %1 and its key as the auditor, but the contract&apos;s auditor is %2 with no key set.</source>
        <translation>Le rapport de l&apos;opérateur désigne %1 et sa clé comme auditeur, mais l&apos;auditeur du contrat est %2, sans clé définie.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The operator&apos;s list of providers could not be read (%1); recipients were not checked against it.</source>
        <translation>La liste des fournisseurs de l&apos;opérateur n&apos;a pas pu être lue (%1) ; les destinataires n&apos;ont pas été vérifiés par rapport à elle.</translation>
    </message>
</context>
<context>
    <name>bs::gui::AccountModel</name>
    <message>
        <location filename="../app/gui/account_model.cpp" line="+37"/>
        <source>Not synced</source>
        <translation>Non synchronisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to date at block %1</source>
        <translation>À jour au bloc %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not registered</source>
        <translation>non inscrit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>registered</source>
        <translation>inscrit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integrated</source>
        <translation>intégré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>earning revenue</source>
        <translation>génère des revenus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suspended</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Register your key on chain to receive payouts.</source>
        <translation>Enregistrez votre clé sur la chaîne pour recevoir des versements.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No payout has reached this address yet (block %1).</source>
        <translation>Aucun versement n&apos;a encore atteint cette adresse (bloc %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decrypted with your key and checked against the encrypted (ElGamal) balance on chain at block %1.</source>
        <translation>Déchiffré avec votre clé et vérifié par rapport au solde chiffré (ElGamal) sur la chaîne au bloc %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The amounts stored for you add up to %1, but the encrypted balance the contract enforces is %2 (block %3). The value shown is the enforced one.</source>
        <translation>Les montants enregistrés pour vous totalisent %1, mais le solde chiffré qu&apos;impose le contrat est de %2 (bloc %3). La valeur affichée est celle qu&apos;impose le contrat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your encrypted balance at block %1 could not be read with this key. Check that the profile&apos;s key is the registered one.</source>
        <translation>Votre solde chiffré au bloc %1 n&apos;a pas pu être lu avec cette clé. Vérifiez que la clé du profil est bien celle qui est enregistrée.</translation>
    </message>
</context>
<context>
    <name>bs::gui::ActivityModel</name>
    <message>
        <location filename="../app/gui/activity_model.cpp" line="+73"/>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proof</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Serveur</translation>
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
        <translation>Le fichier ne peut pas être écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>bs::gui::AuditFindingRows</name>
    <message>
        <location filename="../app/gui/audit_results.cpp" line="+131"/>
        <source>High</source>
        <extracomment>Severity of an audit finding: money unaccounted for or misreported</extracomment>
        <translation>Élevée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low</source>
        <extracomment>Severity of an audit finding: context only</extracomment>
        <translation>Faible</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>block %1</source>
        <translation>bloc %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>log %1</source>
        <translation>log %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reported %1</source>
        <translation>déclaré %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>found %1</source>
        <translation>trouvé %1</translation>
    </message>
</context>
<context>
    <name>bs::gui::AuditRunModel</name>
    <message>
        <location filename="../app/gui/audit_run_model.cpp" line="+27"/>
        <source>Fetching the operator&apos;s report</source>
        <translation>Récupération du rapport de l&apos;opérateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scanning the chain: %1 of %2 blocks</source>
        <extracomment>Progress of a verification: blocks of the chain read so far</extracomment>
        <translation>Analyse de la chaîne&#xa0;: %1 blocs sur %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decrypting %1 of %2</source>
        <extracomment>Progress of a verification: auditor ciphertexts decrypted so far</extracomment>
        <translation>Déchiffrement&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comparing the report with the chain</source>
        <translation>Comparaison du rapport avec la chaîne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing and saving the report</source>
        <translation>Signature et enregistrement du rapport</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Every cycle so far</source>
        <translation>Tous les cycles jusqu&apos;ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until %1 UTC</source>
        <translation>Jusqu&apos;au %1 UTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1 UTC</source>
        <translation>À partir du %1 UTC</translation>
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
        <translation>Blocs %1 à %2 analysés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; no block lies in the period</source>
        <translation>; aucun bloc ne se trouve dans la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; audited %1 to %2</source>
        <translation>; audités de %1 à %2</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>“%1” is not a date; write it as 2026-11-30 or 2026-11-30 14:00 (UTC).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;; écrivez-la sous la forme 2026-11-30 ou 2026-11-30 14:00 (UTC).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The end of the period must be after its start.</source>
        <translation>La fin de la période doit être postérieure à son début.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
</context>
<context>
    <name>bs::gui::BalanceChecksModel</name>
    <message>
        <location filename="../app/gui/integrity_model.cpp" line="+27"/>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recovered by discrete log</source>
        <translation>récupéré par logarithme discret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your balance was %1 at the last check and is %2 now. See the Dashboard.</source>
        <translation>Votre solde était de %1 lors du dernier contrôle et il est de %2 maintenant. Consultez le Tableau de bord.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>block %1</source>
        <translation>bloc %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocks %1–%2</source>
        <translation>blocs %1–%2</translation>
    </message>
</context>
<context>
    <name>bs::gui::ClaimModel</name>
    <message>
        <location filename="../app/gui/claim_model.cpp" line="-154"/>
        <source>The proof takes about %1 on this machine; then the network confirms the claim.</source>
        <translation>La preuve prend environ %1 sur cette machine&#xa0;; ensuite, le réseau confirme le retrait.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About %1: the proof takes about %2 on this machine, the network&apos;s confirmation about %3.</source>
        <translation>Environ %1&#xa0;: la preuve prend environ %2 sur cette machine, la confirmation du réseau environ %3.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Following the claim sent earlier</source>
        <translation>Suivi du retrait envoyé précédemment</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Checking the claim</source>
        <translation>Vérification du retrait</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Preparing the claim</source>
        <translation>Préparation du retrait</translation>
    </message>
</context>
<context>
    <name>bs::gui::CycleDetailModel</name>
    <message>
        <location filename="../app/gui/operator_cycle_detail_model.cpp" line="-292"/>
        <source>Collecting metrics</source>
        <translation>Collecte des métriques</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calculating revenue</source>
        <translation>Calcul des revenus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generating proofs</source>
        <translation>Génération des preuves</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distributing payments</source>
        <translation>Distribution des paiements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Queued</source>
        <extracomment>A payout transfer&apos;s state: waiting to be sent</extracomment>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>Checking the funding for the retry of %1</source>
        <translation>Vérification du financement pour la relance de %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Starting cycle %1 again</source>
        <translation>Relance du cycle %1</translation>
    </message>
</context>
<context>
    <name>bs::gui::CyclesModel</name>
    <message>
        <location filename="../app/gui/operator_cycles_model.cpp" line="+57"/>
        <source>Collecting metrics</source>
        <translation>Collecte des métriques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calculating revenue</source>
        <translation>Calcul des revenus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generating proofs</source>
        <translation>Génération des preuves</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distributing payments</source>
        <translation>Distribution des paiements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped (no usage)</source>
        <extracomment>A cycle without any usage in its period: nothing was paid</extracomment>
        <translation>Ignoré (aucun usage)</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Reading the cycles</source>
        <translation>Lecture des cycles</translation>
    </message>
</context>
<context>
    <name>bs::gui::EarningsModel</name>
    <message>
        <location filename="../app/gui/earnings_model.cpp" line="+81"/>
        <location line="+3"/>
        <source>The file cannot be written: %1</source>
        <translation>Le fichier ne peut pas être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Enter both dates as year-month-day, like 2026-11-30.</source>
        <translation>Saisissez les deux dates au format année-mois-jour, par ex. 2026-11-30.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period ends before it starts: swap the dates.</source>
        <translation>La période se termine avant de commencer&#xa0;: inversez les dates.</translation>
    </message>
</context>
<context>
    <name>bs::gui::NewCycleModel</name>
    <message>
        <location filename="../app/gui/operator_new_cycle_model.cpp" line="+314"/>
        <source>Reading the funding from the chain</source>
        <translation>Lecture du financement depuis la chaîne</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter the start and the end of the period, e.g. 2026-11-01T00:00:00Z.</source>
        <translation>Saisissez le début et la fin de la période, par ex. 2026-11-01T00:00:00Z.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start: %1</source>
        <translation>Début&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End: %1</source>
        <translation>Fin&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the pool in %1, e.g. 100 or 12.5.</source>
        <translation>Saisissez l&apos;enveloppe en %1, par ex. 100 ou 12.5.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Checking the period and the funding</source>
        <translation>Vérification de la période et du financement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the period again.</source>
        <translation>Saisissez à nouveau la période.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asking the operator&apos;s server for a dry run</source>
        <translation>Demande d&apos;une simulation au serveur de l&apos;opérateur</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Starting cycle %1 again</source>
        <translation>Relance du cycle %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting the cycle</source>
        <translation>Lancement du cycle</translation>
    </message>
</context>
<context>
    <name>bs::gui::Notifier</name>
    <message>
        <location filename="../app/gui/notifier.cpp" line="+51"/>
        <source>Balance check</source>
        <translation>Contrôle du solde</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n new payout(s) arrived.</source>
        <translation>
            <numerusform>%n nouveau versement est arrivé.</numerusform>
            <numerusform>%n nouveaux versements sont arrivés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new payout(s): %1 USDC.</source>
        <translation>
            <numerusform>%n nouveau versement&#xa0;: %1 USDC.</numerusform>
            <numerusform>%n nouveaux versements&#xa0;: %1 USDC.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New payout</source>
        <translation>Nouveau versement</translation>
    </message>
</context>
<context>
    <name>bs::gui::Onboarding</name>
    <message>
        <location filename="../app/gui/onboarding.cpp" line="-213"/>
        <source>Give the profile a name, e.g. your company&apos;s.</source>
        <translation>Donnez un nom au profil, par ex. celui de votre entreprise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most 60 characters.</source>
        <translation>60 caractères au plus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile with this name exists already.</source>
        <translation>Un profil portant ce nom existe déjà.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your operator&apos;s server address on this network and, if you like, your own RPC node.</source>
        <translation>L&apos;adresse du serveur de votre opérateur sur ce réseau et, si vous le souhaitez, votre propre nœud RPC.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Local devnet</source>
        <translation>Devnet local</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The devnet started by devnet/devnet up on this computer.</source>
        <translation>Le devnet lancé par devnet/devnet up sur cet ordinateur.</translation>
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
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your operator&apos;s server address and, if you like, your own RPC node.</source>
        <translation>L&apos;adresse du serveur de votre opérateur et, si vous le souhaitez, votre propre nœud RPC.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Connect to the network first: the key is checked against the account it names.</source>
        <translation>Connectez-vous d&apos;abord au réseau&#xa0;: la clé est vérifiée par rapport au compte qu&apos;il désigne.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking the key against the network</source>
        <translation>Vérification de la clé auprès du réseau</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Asking the operator&apos;s server</source>
        <translation>Interrogation du serveur de l&apos;opérateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>enter the operator&apos;s address, e.g. https://shield.example.org/api/v1.</source>
        <translation>saisissez l&apos;adresse de l&apos;opérateur, par ex. https://shield.example.org/api/v1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this operator&apos;s network is chain %1, not %2 (chain %3); check the address, or choose Custom to use it anyway.</source>
        <translation>le réseau de cet opérateur est la chaîne %1, et non %2 (chaîne %3)&#xa0;; vérifiez l&apos;adresse, ou choisissez Personnalisé pour l&apos;utiliser quand même.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the operator names no RPC node; enter the address of one.</source>
        <translation>l&apos;opérateur n&apos;indique aucun nœud RPC&#xa0;; saisissez l&apos;adresse d&apos;un nœud.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>That is not a wallet key: enter the 64 hexadecimal digits of the private key (0x optional).</source>
        <translation>Ce n&apos;est pas une clé de portefeuille&#xa0;: saisissez les 64 chiffres hexadécimaux de la clé privée (0x facultatif).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter a passphrase.</source>
        <translation>Saisissez une phrase secrète.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Creating the encrypted vault</source>
        <translation>Création du coffre chiffré</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Writing the backup</source>
        <translation>Écriture de la sauvegarde</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fetching the circuit files</source>
        <translation>Récupération des fichiers de circuit</translation>
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
        <translation>Aucun usage n&apos;a été comptabilisé sur cette période&#xa0;: rien à payer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operator&apos;s payment run failed; the operator can retry it. Nothing is lost: transfers already confirmed are not sent again.</source>
        <translation>L&apos;exécution des paiements par l&apos;opérateur a échoué&#xa0;; l&apos;opérateur peut la relancer. Rien n&apos;est perdu&#xa0;: les transferts déjà confirmés ne sont pas renvoyés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The usage servers are submitting this period&apos;s calls.</source>
        <translation>Les serveurs d&apos;usage soumettent les appels de cette période.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operator is computing every provider&apos;s fair share.</source>
        <translation>L&apos;opérateur calcule la part équitable de chaque fournisseur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your encrypted payment is queued, proved and sent.</source>
        <translation>Votre paiement chiffré est mis en file d&apos;attente, prouvé et envoyé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the operator; waiting for the chain to show it in your balance.</source>
        <translation>Payé par l&apos;opérateur&#xa0;; en attente que la chaîne l&apos;affiche dans votre solde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In your encrypted balance; claim it to USDC when you like.</source>
        <translation>Dans votre solde chiffré&#xa0;; retirez-le en USDC quand vous le souhaitez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claimed to USDC since it arrived.</source>
        <translation>Retiré en USDC depuis son arrivée.</translation>
    </message>
</context>
<context>
    <name>bs::gui::ProviderDetailModel</name>
    <message>
        <location filename="../app/gui/operator_provider_detail_model.cpp" line="+196"/>
        <source>Reading the usage and payouts of %1</source>
        <translation>Lecture de l&apos;usage et des versements de %1</translation>
    </message>
</context>
<context>
    <name>bs::gui::ProviderPages</name>
    <message>
        <location filename="../app/gui/provider_pages.cpp" line="+66"/>
        <source>Reading the chain</source>
        <translation>Lecture de la chaîne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>bs::gui::ProvidersModel</name>
    <message>
        <location filename="../app/gui/operator_providers_model.cpp" line="+63"/>
        <source>Registered</source>
        <extracomment>A provider&apos;s state: registered, waiting for the operator&apos;s approval</extracomment>
        <translation>Inscrit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integrated</source>
        <extracomment>A provider&apos;s state: approved and wired into FlowMCP</extracomment>
        <translation>Intégré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earning revenue</source>
        <translation>Génère des revenus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Reading the providers</source>
        <translation>Lecture des fournisseurs</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Say why the provider is suspended.</source>
        <translation>Indiquez pourquoi le fournisseur est suspendu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say why the provider is reinstated.</source>
        <translation>Indiquez pourquoi le fournisseur est rétabli.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most 500 characters (%1 now).</source>
        <translation>500 caractères au plus (%1 actuellement).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the reason on one line.</source>
        <translation>Écrivez le motif sur une seule ligne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown action.</source>
        <translation>Action inconnue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provider %1 is not in the list; refresh it.</source>
        <translation>Le fournisseur %1 n&apos;est pas dans la liste&#xa0;; actualisez-la.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Approving %1</source>
        <translation>Approbation de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspending %1</source>
        <translation>Suspension de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reinstating %1</source>
        <translation>Rétablissement de %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is approved (integrated).</source>
        <translation>%1 est approuvé (intégré).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is suspended.</source>
        <translation>%1 est suspendu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is reinstated (registered).</source>
        <translation>%1 est rétabli (inscrit).</translation>
    </message>
</context>
<context>
    <name>bs::gui::RegistrationModel</name>
    <message>
        <location filename="../app/gui/registration_model.cpp" line="+37"/>
        <source>Key registered on chain</source>
        <translation>Clé enregistrée sur la chaîne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered with the operator</source>
        <translation>Inscrit auprès de l&apos;opérateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrated into FlowMCP</source>
        <translation>Intégré dans FlowMCP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Earning revenue</source>
        <translation>Génère des revenus</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Enter the name users see.</source>
        <translation>Saisissez le nom que voient les utilisateurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most 100 characters.</source>
        <translation>100 caractères au plus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an email address, e.g. ops@example.com.</source>
        <translation>Saisissez une adresse e-mail, par ex. ops@example.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2 to 63 lower-case letters, digits or hyphens, e.g. acme-weather.</source>
        <translation>2 à 63 lettres minuscules, chiffres ou traits d&apos;union, par ex. acme-weather.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the API&apos;s https:// address, e.g. https://api.example.com.</source>
        <translation>Saisissez l&apos;adresse https:// de l&apos;API, par ex. https://api.example.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a category.</source>
        <translation>Choisissez une catégorie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a pricing model.</source>
        <translation>Choisissez un modèle de tarification.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Registering with the operator</source>
        <translation>Inscription auprès de l&apos;opérateur</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Preparing the registration</source>
        <translation>Préparation de l&apos;inscription</translation>
    </message>
</context>
<context>
    <name>bs::gui::ReportListModel</name>
    <message>
        <location filename="../app/gui/audit_report_list_model.cpp" line="+88"/>
        <source>Every cycle</source>
        <translation>Tous les cycles</translation>
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
        <translation>jusqu&apos;au bloc %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no block in the period (scanned to %1)</source>
        <translation>aucun bloc dans la période (analysé jusqu&apos;à %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocks %1 to %2</source>
        <translation>blocs %1 à %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clean</source>
        <translation>Sans anomalie</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the saved runs</source>
        <translation>Lecture des vérifications enregistrées</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exporting run %1</source>
        <translation>Export de la vérification %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run %1 is not in this vault any more; read the list again.</source>
        <translation>La vérification %1 n&apos;est plus dans ce coffre&#xa0;; relisez la liste.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checking %1</source>
        <translation>Vérification de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than any report; choose the report&apos;s JSON file.</source>
        <translation>%1 est plus volumineux que tout rapport&#xa0;; choisissez le fichier JSON du rapport.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signed by the auditor %1; the sums hold. The run found nothing wrong.</source>
        <translation>Signé par l&apos;auditeur %1&#xa0;; les sommes sont exactes. La vérification n&apos;a rien trouvé d&apos;anormal.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Signed by the auditor %1; the sums hold. The run found %n finding(s).</source>
        <translation>
            <numerusform>Signé par l&apos;auditeur %1&#xa0;; les sommes sont exactes. La vérification a relevé %n constat.</numerusform>
            <numerusform>Signé par l&apos;auditeur %1&#xa0;; les sommes sont exactes. La vérification a relevé %n constats.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This report does not hold: %1</source>
        <translation>Ce rapport n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/audit_report_pdf.cpp" line="+45"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Verification of the operator&apos;s distributions</source>
        <translation>Vérification des distributions de l&apos;opérateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clean: the chain confirms the operator&apos;s report.</source>
        <translation>Sans anomalie&#xa0;: la chaîne confirme le rapport de l&apos;opérateur.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n finding(s): %1 high, %2 medium, %3 low.</source>
        <translation>
            <numerusform>%n constat&#xa0;: gravité élevée %1, moyenne %2, faible %3.</numerusform>
            <numerusform>%n constats&#xa0;: gravité élevée %1, moyenne %2, faible %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>received from %1</source>
        <translation>reçu de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be used (%1): %2</source>
        <translation>n&apos;a pas pu être utilisé (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocks scanned</source>
        <translation>Blocs analysés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocks audited</source>
        <translation>Blocs audités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none in the period</source>
        <translation>aucun dans la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eERC contract</source>
        <translation>Contrat eERC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registrar</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator&apos;s report</source>
        <translation>Rapport de l&apos;opérateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its SHA-256</source>
        <translation>Son SHA-256</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported total</source>
        <translation>Total déclaré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decrypted total</source>
        <translation>Total déchiffré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dust</source>
        <translation>Poussière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payouts</source>
        <translation>Versements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, of which %2 unreported</source>
        <translation>%1, dont %2 non déclarés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Per cycle</source>
        <translation>Par cycle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report lists no cycle.</source>
        <translation>Le rapport ne liste aucun cycle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period (UTC)</source>
        <translation>Période (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reported</source>
        <translation>Déclaré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decrypted</source>
        <translation>Déchiffré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported count</source>
        <translation>Nombre déclaré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found count</source>
        <translation>Nombre trouvé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>matches</source>
        <translation>concorde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>findings</source>
        <translation>constats</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cycle %1</source>
        <translation>cycle %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature (EIP-191)</source>
        <translation>Signature (EIP-191)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHA-256 of the signed JSON report</source>
        <translation>SHA-256 du rapport JSON signé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This statement is a reading of the signed JSON report. Anyone can check that report without a key: bshield audit report-check --in &lt;report.json&gt;.</source>
        <translation>Ce relevé est une lecture du rapport JSON signé. Chacun peut vérifier ce rapport sans clé&#xa0;: bshield audit report-check --in &lt;report.json&gt;.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Verification report</source>
        <translation>Rapport de vérification</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PDF could not be made.</source>
        <translation>Le PDF n&apos;a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>bs::gui::RestoreModel</name>
    <message>
        <location filename="../app/gui/restore_model.cpp" line="+58"/>
        <source>Enter a passphrase.</source>
        <translation>Saisissez une phrase secrète.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Restoring the backup</source>
        <translation>Restauration de la sauvegarde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decrypting the backup and writing the new vault (about a second or two)</source>
        <translation>Déchiffrement de la sauvegarde et écriture du nouveau coffre (une ou deux secondes environ)</translation>
    </message>
</context>
<context>
    <name>bs::gui::Session</name>
    <message>
        <location filename="../app/gui/session.cpp" line="+118"/>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Writing the backup</source>
        <translation>Écriture de la sauvegarde</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter a passphrase.</source>
        <translation>Saisissez une phrase secrète.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Changing the passphrase</source>
        <translation>Changement de la phrase secrète</translation>
    </message>
</context>
<context>
    <name>bs::gui::StatementModel</name>
    <message>
        <location filename="../app/gui/statement_model.cpp" line="+106"/>
        <location line="+44"/>
        <source>Statement of earnings</source>
        <translation>Relevé de revenus</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Account: %1</source>
        <translation>Compte&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period: %1 to %2</source>
        <translation>Période&#xa0;: du %1 au %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain %1, eERC contract %2</source>
        <translation>Chaîne %1, contrat eERC %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bars: each payout. Line: cumulative earnings.</source>
        <translation>Barres&#xa0;: chaque versement. Ligne&#xa0;: revenus cumulés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Total: %1 in %n payout(s)</source>
        <translation>
            <numerusform>Total&#xa0;: %1 en %n versement</numerusform>
            <numerusform>Total&#xa0;: %1 en %n versements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every payout in this statement comes with a proof, in the JSON file made with it, that the encrypted amount on chain is the amount shown, without revealing the account&apos;s key. Anyone can check it: bshield statement check --in &lt;file&gt; --rpc &lt;node&gt;.</source>
        <translation>Chaque versement de ce relevé est accompagné d&apos;une preuve, dans le fichier JSON créé avec lui, que le montant chiffré sur la chaîne est bien le montant affiché, sans révéler la clé du compte. Chacun peut la vérifier&#xa0;: bshield statement check --in &lt;file&gt; --rpc &lt;node&gt;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file %1 exists and cannot be replaced; choose another folder.</source>
        <translation>le fichier %1 existe et ne peut pas être remplacé&#xa0;; choisissez un autre dossier.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the PDF could not be written to %1; choose a folder you can write to.</source>
        <translation>le PDF n&apos;a pas pu être écrit dans %1&#xa0;; choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Proving the payouts</source>
        <translation>Génération des preuves des versements</translation>
    </message>
</context>
<context>
    <name>bs::gui::Task</name>
    <message>
        <location filename="../app/gui/task.cpp" line="+53"/>
        <source>internal error: %1</source>
        <translation>erreur interne&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
</context>
<context>
    <name>bs::gui::UsageServersModel</name>
    <message>
        <location filename="../app/gui/operator_servers_model.cpp" line="+57"/>
        <source>Active</source>
        <extracomment>A usage server&apos;s state: its token is accepted / refused</extracomment>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Reading the usage servers</source>
        <translation>Lecture des serveurs d&apos;usage</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter a name, e.g. flowmcp-eu-1.</source>
        <translation>Saisissez un nom, par ex. flowmcp-eu-1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most 100 characters (%1 now).</source>
        <translation>100 caractères au plus (%1 actuellement).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the name on one line.</source>
        <translation>Écrivez le nom sur une seule ligne.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Creating the usage server</source>
        <translation>Création du serveur d&apos;usage</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Usage server %1 created.</source>
        <translation>Serveur d&apos;usage %1 créé.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Revoking %1</source>
        <translation>Révocation de %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Usage server %1 revoked: its token is refused from now on.</source>
        <translation>Serveur d&apos;usage %1 révoqué&#xa0;: son jeton est refusé dès maintenant.</translation>
    </message>
</context>
<context>
    <name>chain</name>
    <message>
        <location filename="../core/chain/abi.cpp" line="+20"/>
        <source>The ABI type &quot;%1&quot; is not valid: it is nested too deeply.</source>
        <translation>Le type ABI &quot;%1&quot; n&apos;est pas valide&#xa0;: il est imbriqué trop profondément.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ABI type &quot;%1&quot; is not valid: it is too large.</source>
        <translation>Le type ABI &quot;%1&quot; n&apos;est pas valide&#xa0;: il est trop grand.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The ABI type &quot;%1&quot; is not valid: empty tuples are not allowed.</source>
        <translation>Le type ABI &quot;%1&quot; n&apos;est pas valide&#xa0;: les tuples vides ne sont pas autorisés.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The ABI type &quot;%1&quot; is not valid: expected &apos;,&apos; or &apos;)&apos;.</source>
        <translation>Le type ABI &quot;%1&quot; n&apos;est pas valide&#xa0;: &apos;,&apos; ou &apos;)&apos; attendu.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The ABI type &quot;%1&quot; is not valid: a &apos;[&apos; is not closed.</source>
        <translation>Le type ABI &quot;%1&quot; n&apos;est pas valide&#xa0;: un &apos;[&apos; n&apos;est pas fermé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The ABI type &quot;%1&quot; is not valid: a fixed array length must be 1..%2 without leading zeros.</source>
        <translation>Le type ABI &quot;%1&quot; n&apos;est pas valide&#xa0;: la longueur d&apos;un tableau fixe doit être comprise entre 1 et %2, sans zéros en tête.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The ABI type &quot;%1&quot; is not valid: a type is missing.</source>
        <translation>Le type ABI &quot;%1&quot; n&apos;est pas valide&#xa0;: il manque un type.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ABI type &quot;%1&quot; is not valid: &quot;%2&quot; is not a canonical ABI type.</source>
        <translation>Le type ABI &quot;%1&quot; n&apos;est pas valide&#xa0;: &quot;%2&quot; n&apos;est pas un type ABI canonique.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Cannot encode the contract call: a %1 value has %2 bytes.</source>
        <translation>Impossible d&apos;encoder l&apos;appel au contrat&#xa0;: une valeur %1 fait %2 octets.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot encode the contract call: a string is not valid UTF-8.</source>
        <translation>Impossible d&apos;encoder l&apos;appel au contrat&#xa0;: une chaîne de caractères n&apos;est pas de l&apos;UTF-8 valide.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot encode the contract call: a %1 value has %2 elements.</source>
        <translation>Impossible d&apos;encoder l&apos;appel au contrat&#xa0;: une valeur %1 a %2 éléments.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot encode the contract call: a %1 value has %2 components.</source>
        <translation>Impossible d&apos;encoder l&apos;appel au contrat&#xa0;: une valeur %1 a %2 composantes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot encode the contract call: unknown type.</source>
        <translation>Impossible d&apos;encoder l&apos;appel au contrat&#xa0;: type inconnu.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot encode the contract call: a value does not fit in %1.</source>
        <translation>Impossible d&apos;encoder l&apos;appel au contrat&#xa0;: une valeur ne tient pas dans %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot encode the contract call: a %1 parameter got the value %2.</source>
        <translation>Impossible d&apos;encoder l&apos;appel au contrat&#xa0;: un paramètre %1 a reçu la valeur %2.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The contract data could not be decoded (the data is shorter than its heads); check that the RPC endpoint and contract address are right.</source>
        <translation>Les données du contrat n&apos;ont pas pu être décodées (les données sont plus courtes que leurs en-têtes)&#xa0;; vérifiez que le point de terminaison RPC et l&apos;adresse du contrat sont corrects.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The contract data could not be decoded (an offset is out of range); check that the RPC endpoint and contract address are right.</source>
        <translation>Les données du contrat n&apos;ont pas pu être décodées (un décalage est hors limites)&#xa0;; vérifiez que le point de terminaison RPC et l&apos;adresse du contrat sont corrects.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The contract data could not be decoded (an offset points outside its data area); check that the RPC endpoint and contract address are right.</source>
        <translation>Les données du contrat n&apos;ont pas pu être décodées (un décalage pointe hors de sa zone de données)&#xa0;; vérifiez que le point de terminaison RPC et l&apos;adresse du contrat sont corrects.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The contract data could not be decoded (a %1 value has dirty high bits); check that the RPC endpoint and contract address are right.</source>
        <translation>Les données du contrat n&apos;ont pas pu être décodées (une valeur %1 a des bits de poids fort non nuls)&#xa0;; vérifiez que le point de terminaison RPC et l&apos;adresse du contrat sont corrects.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The contract data could not be decoded (a %1 value is not sign-extended); check that the RPC endpoint and contract address are right.</source>
        <translation>Les données du contrat n&apos;ont pas pu être décodées (une valeur %1 n&apos;a pas d&apos;extension de signe correcte)&#xa0;; vérifiez que le point de terminaison RPC et l&apos;adresse du contrat sont corrects.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The contract data could not be decoded (an address has dirty high bytes); check that the RPC endpoint and contract address are right.</source>
        <translation>Les données du contrat n&apos;ont pas pu être décodées (une adresse a des octets de poids fort non nuls)&#xa0;; vérifiez que le point de terminaison RPC et l&apos;adresse du contrat sont corrects.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The contract data could not be decoded (a bool is neither 0 nor 1); check that the RPC endpoint and contract address are right.</source>
        <translation>Les données du contrat n&apos;ont pas pu être décodées (un booléen ne vaut ni 0 ni 1)&#xa0;; vérifiez que le point de terminaison RPC et l&apos;adresse du contrat sont corrects.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The contract data could not be decoded (a %1 value has dirty padding); check that the RPC endpoint and contract address are right.</source>
        <translation>Les données du contrat n&apos;ont pas pu être décodées (une valeur %1 a un remplissage non nul)&#xa0;; vérifiez que le point de terminaison RPC et l&apos;adresse du contrat sont corrects.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The contract data could not be decoded (a length is out of range); check that the RPC endpoint and contract address are right.</source>
        <translation>Les données du contrat n&apos;ont pas pu être décodées (une longueur est hors limites)&#xa0;; vérifiez que le point de terminaison RPC et l&apos;adresse du contrat sont corrects.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The contract data could not be decoded (a byte string is longer than the data); check that the RPC endpoint and contract address are right.</source>
        <translation>Les données du contrat n&apos;ont pas pu être décodées (une chaîne d&apos;octets est plus longue que les données)&#xa0;; vérifiez que le point de terminaison RPC et l&apos;adresse du contrat sont corrects.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The contract data could not be decoded (a byte string&apos;s padding is missing); check that the RPC endpoint and contract address are right.</source>
        <translation>Les données du contrat n&apos;ont pas pu être décodées (le remplissage d&apos;une chaîne d&apos;octets manque)&#xa0;; vérifiez que le point de terminaison RPC et l&apos;adresse du contrat sont corrects.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The contract data could not be decoded (a byte string has dirty padding); check that the RPC endpoint and contract address are right.</source>
        <translation>Les données du contrat n&apos;ont pas pu être décodées (une chaîne d&apos;octets a un remplissage non nul)&#xa0;; vérifiez que le point de terminaison RPC et l&apos;adresse du contrat sont corrects.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The contract data could not be decoded (a string is not valid UTF-8); check that the RPC endpoint and contract address are right.</source>
        <translation>Les données du contrat n&apos;ont pas pu être décodées (une chaîne de caractères n&apos;est pas de l&apos;UTF-8 valide)&#xa0;; vérifiez que le point de terminaison RPC et l&apos;adresse du contrat sont corrects.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The contract data could not be decoded (an array length is out of range); check that the RPC endpoint and contract address are right.</source>
        <translation>Les données du contrat n&apos;ont pas pu être décodées (la longueur d&apos;un tableau est hors limites)&#xa0;; vérifiez que le point de terminaison RPC et l&apos;adresse du contrat sont corrects.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The contract data could not be decoded (an array is longer than the data); check that the RPC endpoint and contract address are right.</source>
        <translation>Les données du contrat n&apos;ont pas pu être décodées (un tableau est plus long que les données)&#xa0;; vérifiez que le point de terminaison RPC et l&apos;adresse du contrat sont corrects.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The contract data could not be decoded (unknown type); check that the RPC endpoint and contract address are right.</source>
        <translation>Les données du contrat n&apos;ont pas pu être décodées (type inconnu)&#xa0;; vérifiez que le point de terminaison RPC et l&apos;adresse du contrat sont corrects.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The contract data could not be decoded (the data is truncated); check that the RPC endpoint and contract address are right.</source>
        <translation>Les données du contrat n&apos;ont pas pu être décodées (les données sont tronquées)&#xa0;; vérifiez que le point de terminaison RPC et l&apos;adresse du contrat sont corrects.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The contract data could not be decoded (it reuses the same data too often); check that the RPC endpoint and contract address are right.</source>
        <translation>Les données du contrat n&apos;ont pas pu être décodées (elles réutilisent trop souvent les mêmes données)&#xa0;; vérifiez que le point de terminaison RPC et l&apos;adresse du contrat sont corrects.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The function signature &quot;%1&quot; is not valid: it must start with a name</source>
        <translation>La signature de fonction &quot;%1&quot; n&apos;est pas valide&#xa0;: elle doit commencer par un nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The function signature &quot;%1&quot; is not valid: expected name(type,...)</source>
        <translation>La signature de fonction &quot;%1&quot; n&apos;est pas valide&#xa0;: nom(type,...) attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The function signature &quot;%1&quot; is not valid: %2</source>
        <translation>La signature de fonction &quot;%1&quot; n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The event signature &quot;%1&quot; is not valid: it must start with a name</source>
        <translation>La signature d&apos;événement &quot;%1&quot; n&apos;est pas valide&#xa0;: elle doit commencer par un nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event signature &quot;%1&quot; is not valid: expected name(type,...)</source>
        <translation>La signature d&apos;événement &quot;%1&quot; n&apos;est pas valide&#xa0;: nom(type,...) attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event signature &quot;%1&quot; is not valid: %2</source>
        <translation>La signature d&apos;événement &quot;%1&quot; n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>The ABI type &quot;%1&quot; is not valid: unexpected text after the type.</source>
        <translation>Le type ABI &quot;%1&quot; n&apos;est pas valide&#xa0;: texte inattendu après le type.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The ABI type &quot;%1&quot; is not valid: expected &apos;,&apos; between types.</source>
        <translation>Le type ABI &quot;%1&quot; n&apos;est pas valide&#xa0;: &apos;,&apos; attendu entre les types.</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>Cannot encode the contract call: expected %1 values, got %2.</source>
        <translation>Impossible d&apos;encoder l&apos;appel au contrat&#xa0;: %1 valeurs attendues, %2 reçues.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The transaction data is not a call of %1 (its selector differs).</source>
        <translation>Les données de la transaction ne sont pas un appel de %1 (son sélecteur diffère).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The event %1 has %2 parameters but %3 indexed flags.</source>
        <translation>L&apos;événement %1 a %2 paramètres mais %3 indicateurs d&apos;indexation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event %1 has more than 3 indexed parameters.</source>
        <translation>L&apos;événement %1 a plus de 3 paramètres indexés.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The log is not a %1 event (its topic differs).</source>
        <translation>Le journal n&apos;est pas un événement %1 (son topic diffère).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 log has %2 topics instead of %3.</source>
        <translation>Le journal %1 a %2 topics au lieu de %3.</translation>
    </message>
    <message>
        <location filename="../core/chain/eth_client.cpp" line="+21"/>
        <source>the node sent a malformed chain id; it may be faulty or not an Ethereum node.</source>
        <translation>le nœud a envoyé un chain id malformé&#xa0;; il est peut-être défaillant ou n&apos;est pas un nœud Ethereum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the node sent a malformed block number; it may be faulty or not an Ethereum node.</source>
        <translation>le nœud a envoyé un numéro de bloc malformé&#xa0;; il est peut-être défaillant ou n&apos;est pas un nœud Ethereum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node sent a malformed block; it may be faulty or not an Ethereum node.</source>
        <translation>le nœud a envoyé un bloc malformé&#xa0;; il est peut-être défaillant ou n&apos;est pas un nœud Ethereum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the node sent a malformed block timestamp; it may be faulty or not an Ethereum node.</source>
        <translation>le nœud a envoyé un horodatage de bloc malformé&#xa0;; il est peut-être défaillant ou n&apos;est pas un nœud Ethereum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the node sent a malformed balance; it may be faulty or not an Ethereum node.</source>
        <translation>le nœud a envoyé un solde malformé&#xa0;; il est peut-être défaillant ou n&apos;est pas un nœud Ethereum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the node sent a malformed transaction count; it may be faulty or not an Ethereum node.</source>
        <translation>le nœud a envoyé un nombre de transactions malformé&#xa0;; il est peut-être défaillant ou n&apos;est pas un nœud Ethereum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node sent a malformed call result; it may be faulty or not an Ethereum node.</source>
        <translation>le nœud a envoyé un résultat d&apos;appel malformé&#xa0;; il est peut-être défaillant ou n&apos;est pas un nœud Ethereum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the node sent a malformed gas estimate; it may be faulty or not an Ethereum node.</source>
        <translation>le nœud a envoyé une estimation de gas malformée&#xa0;; il est peut-être défaillant ou n&apos;est pas un nœud Ethereum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the node sent a malformed fee history; it may be faulty or not an Ethereum node.</source>
        <translation>le nœud a envoyé un historique des frais malformé&#xa0;; il est peut-être défaillant ou n&apos;est pas un nœud Ethereum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node sent a malformed base fee; it may be faulty or not an Ethereum node.</source>
        <translation>le nœud a envoyé des frais de base malformés&#xa0;; il est peut-être défaillant ou n&apos;est pas un nœud Ethereum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the node sent a malformed fee reward; it may be faulty or not an Ethereum node.</source>
        <translation>le nœud a envoyé une récompense de frais malformée&#xa0;; il est peut-être défaillant ou n&apos;est pas un nœud Ethereum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the node sent a malformed priority fee; it may be faulty or not an Ethereum node.</source>
        <translation>le nœud a envoyé des frais de priorité malformés&#xa0;; il est peut-être défaillant ou n&apos;est pas un nœud Ethereum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node sent a malformed transaction hash; it may be faulty or not an Ethereum node.</source>
        <translation>le nœud a envoyé un hash de transaction malformé&#xa0;; il est peut-être défaillant ou n&apos;est pas un nœud Ethereum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node sent a malformed transaction; it may be faulty or not an Ethereum node.</source>
        <translation>le nœud a envoyé une transaction malformée&#xa0;; il est peut-être défaillant ou n&apos;est pas un nœud Ethereum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node sent a malformed transaction receipt; it may be faulty or not an Ethereum node.</source>
        <translation>le nœud a envoyé un reçu de transaction malformé&#xa0;; il est peut-être défaillant ou n&apos;est pas un nœud Ethereum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the node sent a malformed log in a receipt; it may be faulty or not an Ethereum node.</source>
        <translation>le nœud a envoyé un journal malformé dans un reçu&#xa0;; il est peut-être défaillant ou n&apos;est pas un nœud Ethereum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the node sent a malformed log list; it may be faulty or not an Ethereum node.</source>
        <translation>le nœud a envoyé une liste de journaux malformée&#xa0;; il est peut-être défaillant ou n&apos;est pas un nœud Ethereum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the node sent a malformed log; it may be faulty or not an Ethereum node.</source>
        <translation>le nœud a envoyé un journal malformé&#xa0;; il est peut-être défaillant ou n&apos;est pas un nœud Ethereum.</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>the node refused the request: %1</source>
        <translation>le nœud a refusé la requête&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the node does not know a block that it reported a log in; it may be out of sync.</source>
        <translation>le nœud ne connaît pas un bloc dans lequel il a signalé un journal&#xa0;; il n&apos;est peut-être pas synchronisé.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the transaction would fail: %1</source>
        <translation>la transaction échouerait&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/chain/json_fields.cpp" line="+42"/>
        <source>one JSON object</source>
        <translation>un seul objet JSON</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a non-empty string</source>
        <translation>une chaîne de caractères non vide</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a string or null</source>
        <translation>une chaîne de caractères ou null</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>a non-negative integer in range</source>
        <translation>un entier positif ou nul dans la plage autorisée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a decimal string of an integer below 2^256</source>
        <translation>une chaîne décimale d&apos;un entier inférieur à 2^256</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an address, 0x followed by 40 hex digits with a valid checksum</source>
        <translation>une adresse&#xa0;: 0x suivi de 40 chiffres hexadécimaux avec une somme de contrôle valide</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a BabyJubJub subgroup point [&quot;x&quot;, &quot;y&quot;] in decimal</source>
        <translation>un point du sous-groupe BabyJubJub [&quot;x&quot;, &quot;y&quot;] en décimal</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>an RFC 3339 time such as 2026-11-01T00:00:00Z</source>
        <translation>une date RFC 3339 comme 2026-11-01T00:00:00Z</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>0x followed by 64 hex digits</source>
        <translation>0x suivi de 64 chiffres hexadécimaux</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an http:// or https:// URL</source>
        <translation>une URL http:// ou https://</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <location filename="../core/chain/json_rpc.cpp" line="+34"/>
        <source>the node refused access (HTTP %1): check the URL and any API key (%2)</source>
        <translation>le nœud a refusé l&apos;accès (HTTP %1)&#xa0;: vérifiez l&apos;URL et l&apos;éventuelle clé d&apos;API (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no JSON-RPC endpoint at this URL (HTTP 404): check the path (%1)</source>
        <translation>aucun point de terminaison JSON-RPC à cette URL (HTTP 404)&#xa0;: vérifiez le chemin (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the node is rate limiting us (HTTP 429): try again later (%1)</source>
        <translation>le nœud limite le débit de nos requêtes (HTTP 429)&#xa0;: réessayez plus tard (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node answered HTTP %1 instead of JSON-RPC (%2)</source>
        <translation>le nœud a répondu HTTP %1 au lieu de JSON-RPC (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the node reported error %1</source>
        <translation>le nœud a signalé l&apos;erreur %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the node&apos;s answer is not a JSON-RPC 2.0 response to our request</source>
        <translation>la réponse du nœud n&apos;est pas une réponse JSON-RPC 2.0 à notre requête</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the node sent a malformed error object</source>
        <translation>le nœud a envoyé un objet d&apos;erreur malformé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the node&apos;s answer has neither a result nor an error</source>
        <translation>la réponse du nœud ne contient ni résultat ni erreur</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 did not answer in time</source>
        <translation>%1 n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot use %1 (%2)</source>
        <translation>impossible d&apos;utiliser %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot reach %1 (%2)</source>
        <translation>impossible de joindre %1 (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 did not answer with JSON</source>
        <translation>%1 n&apos;a pas répondu en JSON</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the node answered a single call with a batch</source>
        <translation>le nœud a répondu à un appel unique par un lot</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the node&apos;s batch answer is not an array</source>
        <translation>la réponse par lot du nœud n&apos;est pas un tableau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the node&apos;s batch answer has unknown or repeated ids</source>
        <translation>la réponse par lot du nœud contient des ids inconnus ou répétés</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the node&apos;s batch answer misses a reply</source>
        <translation>il manque une réponse dans la réponse par lot du nœud</translation>
    </message>
    <message>
        <location filename="../core/chain/json_rpc.h" line="+32"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer of %1 is larger than allowed</source>
        <translation>la réponse de %1 est plus volumineuse que la limite autorisée</translation>
    </message>
    <message>
        <location filename="../core/chain/log_scanner.cpp" line="+64"/>
        <source>reading events of blocks %1-%2 failed: %3</source>
        <translation>la lecture des événements des blocs %1-%2 a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/chain/network.cpp" line="+25"/>
        <source>the operator&apos;s GET /network answer has an invalid %1 (expected %2); tell the operator, their server or its configuration is broken.</source>
        <translation>la réponse de l&apos;opérateur à GET /network contient un %1 non valide (attendu&#xa0;: %2)&#xa0;; prévenez l&apos;opérateur, son serveur ou sa configuration est défaillant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the network description has an invalid %1 (expected %2); use the network file the devnet or the operator published.</source>
        <translation>la description du réseau contient un %1 non valide (attendu&#xa0;: %2)&#xa0;; utilisez le fichier réseau publié par le devnet ou par l&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>a url for the wasm and the zkey</source>
        <translation>une URL pour le fichier wasm et le fichier zkey</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a sha256 of 64 lower-case hex digits for the wasm and the zkey</source>
        <translation>un sha256 de 64 chiffres hexadécimaux en minuscules pour le fichier wasm et le fichier zkey</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>a chain id other than 0</source>
        <translation>un chain id différent de 0</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the network description cannot be used: %1.</source>
        <translation>la description du réseau est inutilisable&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../core/chain/revert.cpp" line="+34"/>
        <source>The contract rejected the proof: the balance changed since it was read, the auditor key changed, or the proof is wrong; read the balance again and retry.</source>
        <translation>Le contrat a rejeté la preuve&#xa0;: le solde a changé depuis sa lecture, la clé de l&apos;auditeur a changé ou la preuve est erronée&#xa0;; relisez le solde et réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account or the recipient is not registered with the eERC registrar; register it first.</source>
        <translation>Le compte ou le destinataire n&apos;est pas enregistré auprès du registre eERC&#xa0;; enregistrez-le d&apos;abord.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proof was made for another chain; check that the network of the profile is the contract&apos;s network.</source>
        <translation>La preuve a été créée pour une autre chaîne&#xa0;; vérifiez que le réseau du profil est celui du contrat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mint proof&apos;s nullifier is invalid or was already used; build a new mint proof.</source>
        <translation>Le nullifier de la preuve de mint est invalide ou a déjà été utilisé&#xa0;; créez une nouvelle preuve de mint.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contract does not allow this operation in its mode (converter or standalone).</source>
        <translation>Le contrat n&apos;autorise pas cette opération dans son mode (converter ou standalone).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token transfer failed: the contract did not receive the exact amount (tokens that charge transfer fees are not supported).</source>
        <translation>Le transfert de jetons a échoué&#xa0;: le contrat n&apos;a pas reçu le montant exact (les jetons qui prélèvent des frais de transfert ne sont pas pris en charge).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token is not known to the eERC contract: nothing of it was ever deposited.</source>
        <translation>Le jeton n&apos;est pas connu du contrat eERC&#xa0;: il n&apos;en a jamais été déposé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The zero address was given where a real address is needed.</source>
        <translation>L&apos;adresse zéro a été donnée là où une adresse réelle est nécessaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token %1 is blacklisted by the contract owner, so it cannot be deposited.</source>
        <translation>Le jeton %1 est sur liste noire du propriétaire du contrat&#xa0;; il ne peut donc pas être déposé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registration proof was made for another address than the sending account.</source>
        <translation>La preuve d&apos;enregistrement a été créée pour une autre adresse que le compte émetteur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registration hash in the proof is out of range; build the registration proof again.</source>
        <translation>Le hash d&apos;enregistrement de la preuve est hors limites&#xa0;; recréez la preuve d&apos;enregistrement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account is already registered with this key.</source>
        <translation>Ce compte est déjà enregistré avec cette clé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account is not allowed to do this.</source>
        <translation>Le compte n&apos;est pas autorisé à effectuer cette opération.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contract has no auditor key yet; the contract owner must set the auditor first.</source>
        <translation>Le contrat n&apos;a pas encore de clé d&apos;auditeur&#xa0;; le propriétaire du contrat doit d&apos;abord définir l&apos;auditeur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account %1 is not the contract owner, so it may not do this.</source>
        <translation>Le compte %1 n&apos;est pas le propriétaire du contrat&#xa0;; il ne peut donc pas effectuer cette opération.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address %1 cannot become the contract owner.</source>
        <translation>L&apos;adresse %1 ne peut pas devenir propriétaire du contrat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token contract %1 refused the transfer (check the balance and the allowance).</source>
        <translation>Le contrat de jeton %1 a refusé le transfert (vérifiez le solde et l&apos;autorisation de dépense).</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>The contract hit an internal error: an unknown internal error (panic code %1).</source>
        <translation>Le contrat a rencontré une erreur interne&#xa0;: une erreur interne inconnue (code de panique %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The contract hit an internal error: a generic compiler-inserted error (panic code %1).</source>
        <translation>Le contrat a rencontré une erreur interne&#xa0;: une erreur générique insérée par le compilateur (code de panique %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contract hit an internal error: an assertion failed (panic code %1).</source>
        <translation>Le contrat a rencontré une erreur interne&#xa0;: une assertion a échoué (code de panique %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contract hit an internal error: an arithmetic overflow or underflow (panic code %1).</source>
        <translation>Le contrat a rencontré une erreur interne&#xa0;: un dépassement arithmétique par le haut ou par le bas (code de panique %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contract hit an internal error: a division or modulo by zero (panic code %1).</source>
        <translation>Le contrat a rencontré une erreur interne&#xa0;: une division ou un modulo par zéro (code de panique %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contract hit an internal error: a conversion to an invalid enum value (panic code %1).</source>
        <translation>Le contrat a rencontré une erreur interne&#xa0;: une conversion vers une valeur d&apos;enum invalide (code de panique %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contract hit an internal error: a corrupted storage byte array (panic code %1).</source>
        <translation>Le contrat a rencontré une erreur interne&#xa0;: un tableau d&apos;octets corrompu dans le stockage (code de panique %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contract hit an internal error: a pop from an empty array (panic code %1).</source>
        <translation>Le contrat a rencontré une erreur interne&#xa0;: un pop sur un tableau vide (code de panique %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contract hit an internal error: an array index out of bounds (panic code %1).</source>
        <translation>Le contrat a rencontré une erreur interne&#xa0;: un indice de tableau hors limites (code de panique %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contract hit an internal error: too much memory allocated (panic code %1).</source>
        <translation>Le contrat a rencontré une erreur interne&#xa0;: trop de mémoire allouée (code de panique %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contract hit an internal error: a call to an uninitialised internal function (panic code %1).</source>
        <translation>Le contrat a rencontré une erreur interne&#xa0;: un appel à une fonction interne non initialisée (code de panique %1).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The transaction reverted without a reason.</source>
        <translation>La transaction a été annulée (revert) sans raison.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The transaction reverted with malformed error data (0x%1).</source>
        <translation>La transaction a été annulée (revert) avec des données d&apos;erreur malformées (0x%1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The transaction reverted with a malformed reason message.</source>
        <translation>La transaction a été annulée (revert) avec un message de raison malformé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The transaction reverted with an empty reason.</source>
        <translation>La transaction a été annulée (revert) avec une raison vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contract refused the transaction: &quot;%1&quot;.</source>
        <translation>Le contrat a refusé la transaction&#xa0;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The contract hit an internal error (malformed panic code).</source>
        <translation>Le contrat a rencontré une erreur interne (code de panique malformé).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The contract reverted with error %1, but its data is malformed.</source>
        <translation>Le contrat a annulé la transaction (revert) avec l&apos;erreur %1, mais ses données sont malformées.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The transaction reverted with an unknown error (selector %1).</source>
        <translation>La transaction a été annulée (revert) avec une erreur inconnue (sélecteur %1).</translation>
    </message>
    <message>
        <location filename="../core/chain/rlp.cpp" line="+40"/>
        <source>The RLP data is malformed (a length exceeds the data).</source>
        <translation>Les données RLP sont malformées (une longueur dépasse les données).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The RLP data is malformed (an item is missing).</source>
        <translation>Les données RLP sont malformées (un élément manque).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The RLP data is malformed (a length is truncated).</source>
        <translation>Les données RLP sont malformées (une longueur est tronquée).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The RLP data is malformed (a length has a leading zero).</source>
        <translation>Les données RLP sont malformées (une longueur commence par un zéro).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The RLP data is malformed (a short length uses the long form).</source>
        <translation>Les données RLP sont malformées (une longueur courte utilise la forme longue).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The RLP data is malformed (a single byte below 0x80 is not encoded as itself).</source>
        <translation>Les données RLP sont malformées (un octet seul inférieur à 0x80 n&apos;est pas encodé tel quel).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The RLP data is malformed (lists are nested too deeply).</source>
        <translation>Les données RLP sont malformées (les listes sont imbriquées trop profondément).</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The RLP data is malformed (there are bytes after the item).</source>
        <translation>Les données RLP sont malformées (il y a des octets après l&apos;élément).</translation>
    </message>
    <message>
        <location filename="../core/chain/transaction.cpp" line="+51"/>
        <source>The priority fee is higher than the maximum fee per gas; raise the maximum fee or lower the priority fee.</source>
        <translation>Les frais de priorité dépassent les frais maximaux par gas&#xa0;; augmentez les frais maximaux ou baissez les frais de priorité.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The transaction is malformed (it is empty).</source>
        <translation>La transaction est malformée (elle est vide).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The transaction is malformed (it is not an EIP-1559 (type 2) transaction).</source>
        <translation>La transaction est malformée (ce n&apos;est pas une transaction EIP-1559 (type 2)).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The transaction is malformed (its RLP encoding is invalid).</source>
        <translation>La transaction est malformée (son encodage RLP est invalide).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The transaction is malformed (it is not an RLP list).</source>
        <translation>La transaction est malformée (ce n&apos;est pas une liste RLP).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The transaction is malformed (it has %1 fields instead of 12).</source>
        <translation>La transaction est malformée (elle a %1 champs au lieu de 12).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The transaction is malformed (an integer field is not a canonical integer in range).</source>
        <translation>La transaction est malformée (un champ entier n&apos;est pas un entier canonique dans la plage autorisée).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The transaction is malformed (the recipient is not an address).</source>
        <translation>La transaction est malformée (le destinataire n&apos;est pas une adresse).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The transaction is malformed (the data is not a byte string).</source>
        <translation>La transaction est malformée (les données ne sont pas une chaîne d&apos;octets).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The transaction is malformed (the access list is not a list).</source>
        <translation>La transaction est malformée (la liste d&apos;accès n&apos;est pas une liste).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The transaction is malformed (it has an access list, which is not supported).</source>
        <translation>La transaction est malformée (elle a une liste d&apos;accès, ce qui n&apos;est pas pris en charge).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The transaction is malformed (its priority fee is above its maximum fee).</source>
        <translation>La transaction est malformée (ses frais de priorité dépassent ses frais maximaux).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The transaction is malformed (the signature fields are invalid).</source>
        <translation>La transaction est malformée (les champs de signature sont invalides).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The transaction is malformed (the signature values are out of range).</source>
        <translation>La transaction est malformée (les valeurs de signature sont hors limites).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The transaction is malformed (the signer cannot be recovered).</source>
        <translation>La transaction est malformée (le signataire ne peut pas être retrouvé).</translation>
    </message>
    <message>
        <location filename="../core/chain/tx_sender.cpp" line="+94"/>
        <source>the node estimates %1 gas for this transaction, more than the limit of %2 this profile allows; nothing was signed. Check the RPC node, or raise the limit in the profile&apos;s settings if you trust it.</source>
        <translation>le nœud estime à %1 gas le coût de cette transaction, plus que la limite de %2 autorisée par ce profil&#xa0;; rien n&apos;a été signé. Vérifiez le nœud RPC, ou augmentez la limite dans les Paramètres du profil si vous lui faites confiance.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the node asks for a fee of up to %1 gwei per gas, more than the cap of %2 gwei this profile allows; nothing was signed. Wait for fees to fall, use another RPC node, or raise the cap in the profile&apos;s settings.</source>
        <translation>le nœud demande des frais allant jusqu&apos;à %1 gwei par gas, plus que le plafond de %2 gwei autorisé par ce profil&#xa0;; rien n&apos;a été signé. Attendez que les frais baissent, utilisez un autre nœud RPC ou augmentez le plafond dans les Paramètres du profil.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the network fee rose to at most %1 since you approved at most %2; nothing was signed. Check the claim again to approve the new fee.</source>
        <translation>les frais de réseau sont montés jusqu&apos;à %1 au plus, alors que vous aviez approuvé au plus %2&#xa0;; rien n&apos;a été signé. Vérifiez à nouveau le retrait pour approuver les nouveaux frais.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the node reported a different transaction hash than the one signed; it cannot be trusted.</source>
        <translation>le nœud a indiqué un hash de transaction différent de celui qui a été signé&#xa0;; il n&apos;est pas digne de confiance.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the RPC node now serves chain %1, not %2; nothing was sent. Check the node.</source>
        <translation>le nœud RPC sert désormais la chaîne %1, et non %2&#xa0;; rien n&apos;a été envoyé. Vérifiez le nœud.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the transaction was not sent because it could not be recorded first: %1</source>
        <translation>la transaction n&apos;a pas été envoyée, car elle n&apos;a pas pu être enregistrée au préalable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sending the transaction failed: %1</source>
        <translation>l&apos;envoi de la transaction a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>the transaction is not confirmed yet after %1 s; it may still be included later. Its hash is kept.</source>
        <translation>la transaction n&apos;est toujours pas confirmée après %1 s&#xa0;; elle peut encore être incluse plus tard. Son hash est conservé.</translation>
    </message>
</context>
<context>
    <name>crypto</name>
    <message>
        <location filename="../core/crypto/pct.cpp" line="+53"/>
        <source>There is no encrypted amount here (the record is empty).</source>
        <translation>Il n&apos;y a pas de montant chiffré ici (l&apos;enregistrement est vide).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The encrypted amount is malformed: its key point is not a valid BabyJubJub point. It was not produced by a valid eERC transaction.</source>
        <translation>Le montant chiffré est malformé&#xa0;: son point de clé n&apos;est pas un point BabyJubJub valide. Il n&apos;a pas été produit par une transaction eERC valide.</translation>
    </message>
    <message>
        <location filename="../core/crypto/poseidon_cipher.cpp" line="+75"/>
        <source>The encrypted value carries an invalid nonce (2^128 or more); it was not produced by a valid eERC transaction.</source>
        <translation>La valeur chiffrée contient un nonce invalide (2^128 ou plus)&#xa0;; elle n&apos;a pas été produite par une transaction eERC valide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted value has the wrong number of elements for its length; the data is corrupt.</source>
        <translation>La valeur chiffrée n&apos;a pas le bon nombre d&apos;éléments pour sa longueur&#xa0;; les données sont corrompues.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This encrypted value cannot be decrypted with your key: it is addressed to someone else or has been altered.</source>
        <translation>Cette valeur chiffrée ne peut pas être déchiffrée avec votre clé&#xa0;: elle est destinée à quelqu&apos;un d&apos;autre ou a été modifiée.</translation>
    </message>
    <message>
        <location filename="../core/crypto/secp256k1.cpp" line="+47"/>
        <source>An address must be 0x followed by 40 hexadecimal digits.</source>
        <translation>Une adresse doit être 0x suivi de 40 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The address checksum (EIP-55 capitalisation) is wrong: check for a typo.</source>
        <translation>La somme de contrôle de l&apos;adresse (majuscules EIP-55) est erronée&#xa0;: vérifiez qu&apos;il n&apos;y a pas de faute de frappe.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A public key must be 33 (compressed) or 65 (uncompressed) bytes.</source>
        <translation>Une clé publique doit faire 33 (compressée) ou 65 (non compressée) octets.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The public key is not a point on secp256k1.</source>
        <translation>La clé publique n&apos;est pas un point de secp256k1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A private key must be exactly 32 bytes.</source>
        <translation>Une clé privée doit faire exactement 32 octets.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The private key is out of range (zero or not below the curve order).</source>
        <translation>La clé privée est hors limites (nulle ou non inférieure à l&apos;ordre de la courbe).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A private key must be 64 hexadecimal digits (optionally after 0x).</source>
        <translation>Une clé privée doit comporter 64 chiffres hexadécimaux (éventuellement précédés de 0x).</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>A signature must be 65 bytes (r, s, v).</source>
        <translation>Une signature doit faire 65 octets (r, s, v).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The signature&apos;s v byte must be 27 or 28 (or 0 or 1).</source>
        <translation>L&apos;octet v de la signature doit valoir 27 ou 28 (ou 0 ou 1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature&apos;s r or s is out of range.</source>
        <translation>La valeur r ou s de la signature est hors limites.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No public key can be recovered from this signature.</source>
        <translation>Aucune clé publique ne peut être retrouvée à partir de cette signature.</translation>
    </message>
</context>
<context>
    <name>eerc</name>
    <message>
        <location filename="../core/eerc/artifact_store.cpp" line="+21"/>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fetching the circuit files was cancelled.</source>
        <translation>La récupération des fichiers du circuit a été annulée.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The network description gives no valid SHA-256 for circuit %1&apos;s %2 file; ask the operator to publish one.</source>
        <translation>La description du réseau ne donne aucun SHA-256 valide pour le fichier %2 du circuit %1&#xa0;; demandez à l&apos;opérateur d&apos;en publier un.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The local circuit %1&apos;s %2 file (%3) does not match the SHA-256 the network names; rebuild it or fix the network description.</source>
        <translation>Le fichier %2 local du circuit %1 (%3) ne correspond pas au SHA-256 indiqué par le réseau&#xa0;; reconstruisez-le ou corrigez la description du réseau.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The cached circuit %1&apos;s %2 file is damaged and cannot be deleted (%3); delete it by hand and try again.</source>
        <translation>Le fichier %2 du circuit %1 en cache est endommagé et ne peut pas être supprimé (%3)&#xa0;; supprimez-le manuellement et réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The circuit %1&apos;s %2 file is not on this computer and the network names no URL to download it from; ask the operator for it.</source>
        <translation>Le fichier %2 du circuit %1 n&apos;est pas sur cet ordinateur et le réseau n&apos;indique aucune URL pour le télécharger&#xa0;; demandez-le à l&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The circuit %1&apos;s %2 file at %3 is larger than %4 MB, more than any circuit needs; check the network&apos;s operator URL.</source>
        <translation>Le fichier %2 du circuit %1 à l&apos;adresse %3 dépasse %4 Mo, plus que ce dont un circuit a besoin&#xa0;; vérifiez l&apos;URL de l&apos;opérateur du réseau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Downloading the circuit %1&apos;s %2 file from %3 took too long; check the connection and try again.</source>
        <translation>Le téléchargement du fichier %2 du circuit %1 depuis %3 a pris trop de temps&#xa0;; vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The circuit %1&apos;s %2 file cannot be downloaded from %3: %4</source>
        <translation>Le fichier %2 du circuit %1 ne peut pas être téléchargé depuis %3&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloading the circuit %1&apos;s %2 file from %3 failed (%4); check the connection and try again.</source>
        <translation>Le téléchargement du fichier %2 du circuit %1 depuis %3 a échoué (%4)&#xa0;; vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Downloading the circuit %1&apos;s %2 file from %3 failed with HTTP status %4; the operator&apos;s server may not publish it.</source>
        <translation>Le téléchargement du fichier %2 du circuit %1 depuis %3 a échoué avec le statut HTTP %4&#xa0;; le serveur de l&apos;opérateur ne le publie peut-être pas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The downloaded circuit %1&apos;s %2 file does not match the SHA-256 the network names, so it was discarded; the server may be serving another version, ask the operator.</source>
        <translation>Le fichier %2 téléchargé du circuit %1 ne correspond pas au SHA-256 indiqué par le réseau&#xa0;; il a donc été supprimé. Le serveur fournit peut-être une autre version&#xa0;: demandez à l&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the circuit cache folder %1; check its permissions.</source>
        <translation>Impossible de créer le dossier de cache des circuits %1&#xa0;; vérifiez ses autorisations.</translation>
    </message>
    <message>
        <location filename="../core/eerc/circuit_prover.cpp" line="+17"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cannot load the circuit %1: %2</source>
        <translation>impossible de charger le circuit %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot load the proving key %1: %2</source>
        <translation>impossible de charger la clé de preuve %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the circuit refused the input: %1</source>
        <translation>le circuit a refusé l&apos;entrée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the circuit and the proving key do not belong together (witness of %1 values, key for %2).</source>
        <translation>le circuit et la clé de preuve ne vont pas ensemble (témoin de %1 valeurs, clé pour %2).</translation>
    </message>
    <message>
        <location filename="../core/eerc/key_derivation.cpp" line="+37"/>
        <source>A decryption key must be 1 to 64 hexadecimal digits, without 0x.</source>
        <translation>Une clé de déchiffrement doit comporter de 1 à 64 chiffres hexadécimaux, sans 0x.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>No eERC key could be derived from this signature (1000 tries rejected).</source>
        <translation>Aucune clé eERC n&apos;a pu être dérivée de cette signature (1000 essais rejetés).</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>A signature must be 65 bytes (r, s, v).</source>
        <translation>Une signature doit faire 65 octets (r, s, v).</translation>
    </message>
    <message>
        <location filename="../core/eerc/operations.cpp" line="+128"/>
        <source>the withdraw proving key has %1 public signals, the contract expects 16.</source>
        <translation>la clé de preuve de retrait a %1 signaux publics, le contrat en attend 16.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the registration proving key has %1 public signals, the contract expects 5.</source>
        <translation>la clé de preuve d&apos;enregistrement a %1 signaux publics, le contrat en attend 5.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>this address is already registered with a different eERC key; registering again would replace it and make the balance of the old key unreadable.</source>
        <translation>cette adresse est déjà enregistrée avec une autre clé eERC&#xa0;; un nouvel enregistrement la remplacerait et rendrait illisible le solde de l&apos;ancienne clé.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the registration transaction was dropped: another transaction of this account took its place; nothing was paid.</source>
        <translation>la transaction d&apos;enregistrement a été abandonnée&#xa0;: une autre transaction de ce compte a pris sa place&#xa0;; rien n&apos;a été payé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node refused the registration transaction (%1); nothing was paid.</source>
        <translation>le nœud a refusé la transaction d&apos;enregistrement (%1)&#xa0;; rien n&apos;a été payé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the registration transaction failed on chain (block %1).</source>
        <translation>la transaction d&apos;enregistrement a échoué sur la chaîne (bloc %1).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>this address is not registered with the eERC contract; register first.</source>
        <translation>cette adresse n&apos;est pas enregistrée auprès du contrat eERC&#xa0;; enregistrez-la d&apos;abord.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this address is registered with a different eERC key than the one given.</source>
        <translation>cette adresse est enregistrée avec une autre clé eERC que celle fournie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the contract has never held this token, so there is nothing to claim.</source>
        <translation>le contrat n&apos;a jamais détenu ce jeton&#xa0;; il n&apos;y a donc rien à retirer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the balance cannot be read (its encrypted parts disagree and the amount is beyond the recovery bound); nothing can be claimed safely.</source>
        <translation>le solde ne peut pas être lu (ses parties chiffrées divergent et le montant dépasse la limite de récupération)&#xa0;; aucun retrait ne peut être effectué en toute sécurité.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the contract has no auditor key yet; claims are possible once the operator sets one.</source>
        <translation>le contrat n&apos;a pas encore de clé d&apos;auditeur&#xa0;; les retraits seront possibles dès que l&apos;opérateur en aura défini une.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the token and the contract differ too much in decimals.</source>
        <translation>le jeton et le contrat diffèrent trop en nombre de décimales.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the balance is zero: there is nothing to claim.</source>
        <translation>le solde est nul&#xa0;: il n&apos;y a rien à retirer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the amount is more than the balance of %1.</source>
        <translation>le montant dépasse le solde de %1.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>the contract would refuse this claim: %1</source>
        <translation>le contrat refuserait ce retrait&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the claim transaction was dropped: another transaction of this account took its place; nothing was paid.</source>
        <translation>la transaction de retrait a été abandonnée&#xa0;: une autre transaction de ce compte a pris sa place&#xa0;; rien n&apos;a été payé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node refused the claim transaction (%1); nothing was paid.</source>
        <translation>le nœud a refusé la transaction de retrait (%1)&#xa0;; rien n&apos;a été payé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the claim transaction failed on chain (block %1); the balance is unchanged.</source>
        <translation>la transaction de retrait a échoué sur la chaîne (bloc %1)&#xa0;; le solde est inchangé.</translation>
    </message>
    <message>
        <location filename="../core/eerc/proof_inputs.cpp" line="+79"/>
        <source>the amount is more than the balance of %1 base units.</source>
        <translation>le montant dépasse le solde de %1 unités de base.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this account has never received anything, so there is nothing to claim.</source>
        <translation>ce compte n&apos;a jamais rien reçu&#xa0;; il n&apos;y a donc rien à retirer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the contract has no auditor key set; no claim is possible until the operator sets one.</source>
        <translation>le contrat n&apos;a aucune clé d&apos;auditeur définie&#xa0;; aucun retrait n&apos;est possible tant que l&apos;opérateur n&apos;en a pas défini une.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the amount is out of the range the circuit accepts.</source>
        <translation>le montant est hors de la plage acceptée par le circuit.</translation>
    </message>
    <message>
        <location filename="../core/eerc/proof_inputs.h" line="+66"/>
        <source>the amount to claim must be more than zero.</source>
        <translation>le montant à retirer doit être supérieur à zéro.</translation>
    </message>
    <message>
        <location filename="../core/eerc/reader.cpp" line="+12"/>
        <source>the contract returned an unexpected AuditorChanged event; check that the network&apos;s contract addresses are right.</source>
        <translation>le contrat a renvoyé un événement AuditorChanged inattendu&#xa0;; vérifiez que les adresses de contrat du réseau sont correctes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the contract returned an unexpected PCT; check that the network&apos;s contract addresses are right.</source>
        <translation>le contrat a renvoyé un PCT inattendu&#xa0;; vérifiez que les adresses de contrat du réseau sont correctes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the contract returned an unexpected PCT word; check that the network&apos;s contract addresses are right.</source>
        <translation>le contrat a renvoyé un mot de PCT inattendu&#xa0;; vérifiez que les adresses de contrat du réseau sont correctes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the contract returned an unexpected point; check that the network&apos;s contract addresses are right.</source>
        <translation>le contrat a renvoyé un point inattendu&#xa0;; vérifiez que les adresses de contrat du réseau sont correctes.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the chain holds a point that is not on the BabyJubJub subgroup; the contract or the node cannot be trusted.</source>
        <translation>la chaîne contient un point qui n&apos;est pas dans le sous-groupe BabyJubJub&#xa0;; le contrat ou le nœud n&apos;est pas digne de confiance.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no contract at %1 on this network; check the network settings.</source>
        <translation>il n&apos;y a aucun contrat à l&apos;adresse %1 sur ce réseau&#xa0;; vérifiez les paramètres du réseau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the contract returned an unexpected %1 result; check that the network&apos;s contract addresses are right. (%2)</source>
        <translation>le contrat a renvoyé un résultat %1 inattendu&#xa0;; vérifiez que les adresses de contrat du réseau sont correctes. (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the RPC node is on chain %1, but this network is chain %2; check the RPC URL.</source>
        <translation>le nœud RPC est sur la chaîne %1, mais ce réseau est la chaîne %2&#xa0;; vérifiez l&apos;URL RPC.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the contract returned an unexpected auditor key; check that the network&apos;s contract addresses are right.</source>
        <translation>le contrat a renvoyé une clé d&apos;auditeur inattendue&#xa0;; vérifiez que les adresses de contrat du réseau sont correctes.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the contract returned an unexpected auditor address; check that the network&apos;s contract addresses are right.</source>
        <translation>le contrat a renvoyé une adresse d&apos;auditeur inattendue&#xa0;; vérifiez que les adresses de contrat du réseau sont correctes.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the contract returned an unexpected token id; check that the network&apos;s contract addresses are right.</source>
        <translation>le contrat a renvoyé un identifiant de jeton inattendu&#xa0;; vérifiez que les adresses de contrat du réseau sont correctes.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the contract returned an unexpected number of decimals; check that the network&apos;s contract addresses are right.</source>
        <translation>le contrat a renvoyé un nombre de décimales inattendu&#xa0;; vérifiez que les adresses de contrat du réseau sont correctes.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the contract returned an unexpected token balance; check that the network&apos;s contract addresses are right.</source>
        <translation>le contrat a renvoyé un solde de jetons inattendu&#xa0;; vérifiez que les adresses de contrat du réseau sont correctes.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the contract returned an unexpected balance ciphertext; check that the network&apos;s contract addresses are right.</source>
        <translation>le contrat a renvoyé un chiffré de solde inattendu&#xa0;; vérifiez que les adresses de contrat du réseau sont correctes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the contract returned an unexpected balance; check that the network&apos;s contract addresses are right.</source>
        <translation>le contrat a renvoyé un solde inattendu&#xa0;; vérifiez que les adresses de contrat du réseau sont correctes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the contract returned an unexpected amount PCT; check that the network&apos;s contract addresses are right.</source>
        <translation>le contrat a renvoyé un PCT de montant inattendu&#xa0;; vérifiez que les adresses de contrat du réseau sont correctes.</translation>
    </message>
    <message>
        <location filename="../core/eerc/units.cpp" line="+18"/>
        <source>the amount is too large.</source>
        <translation>le montant est trop élevé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the contract keeps amounts with fewer decimals; give a rounder amount (a multiple of 10^%1 base units).</source>
        <translation>le contrat conserve les montants avec moins de décimales&#xa0;; indiquez un montant plus rond (un multiple de 10^%1 unités de base).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the token has fewer decimals than the contract, so part of this amount would be lost; give a rounder amount (a multiple of 10^%1 base units).</source>
        <translation>le jeton a moins de décimales que le contrat, une partie de ce montant serait donc perdue&#xa0;; indiquez un montant plus rond (un multiple de 10^%1 unités de base).</translation>
    </message>
</context>
<context>
    <name>ledger</name>
    <message>
        <location filename="../core/ledger/allocation.cpp" line="+34"/>
        <source>the provider %1 is listed twice; an allocation needs one weight per provider.</source>
        <translation>le fournisseur %1 figure deux fois&#xa0;; une répartition nécessite un seul poids par fournisseur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the weights add up to more than 2^256; no allocation can be computed.</source>
        <translation>la somme des poids dépasse 2^256&#xa0;; aucune répartition ne peut être calculée.</translation>
    </message>
    <message>
        <location filename="../core/ledger/earnings.cpp" line="+145"/>
        <source>The operator reports for cycle %1 the same transfer as for another cycle.</source>
        <translation>L&apos;opérateur déclare pour le cycle %1 le même transfert que pour un autre cycle.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This payment is not in the operator&apos;s report, so it cannot be checked against the published figures.</source>
        <translation>Ce paiement ne figure pas dans le rapport de l&apos;opérateur&#xa0;; il ne peut donc pas être vérifié par rapport aux chiffres publiés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The operator&apos;s report is not available; this payment will be checked when it is.</source>
        <translation>Le rapport de l&apos;opérateur n&apos;est pas disponible&#xa0;; ce paiement sera vérifié lorsqu&apos;il le sera.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The earnings total is too large to show; the history holds amounts that cannot be real, refresh it from the chain.</source>
        <translation>Le total des revenus est trop élevé pour être affiché&#xa0;; l&apos;historique contient des montants qui ne peuvent pas être réels, actualisez-le depuis la chaîne.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The earnings total is too large to chart; refresh the history from the chain.</source>
        <translation>Le total des revenus est trop élevé pour être représenté dans un graphique&#xa0;; actualisez l&apos;historique depuis la chaîne.</translation>
    </message>
    <message>
        <location filename="../core/ledger/fairness.cpp" line="+154"/>
        <source>The operator reports a transfer for cycle %1 that is not on chain.</source>
        <translation>L&apos;opérateur déclare pour le cycle %1 un transfert qui n&apos;est pas sur la chaîne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The payout of cycle %1 is not confirmed yet.</source>
        <translation>Le versement du cycle %1 n&apos;est pas encore confirmé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The transfer of cycle %1 is in a block the history has not reached yet; refresh to check it.</source>
        <translation>Le transfert du cycle %1 se trouve dans un bloc que l&apos;historique n&apos;a pas encore atteint&#xa0;; actualisez pour le vérifier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The transfer of cycle %1 is on chain but its amount could not be decrypted.</source>
        <translation>Le transfert du cycle %1 est sur la chaîne, mais son montant n&apos;a pas pu être déchiffré.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cycle %1 has a total weight of 0, so no fair share can be computed for it.</source>
        <translation>Le cycle %1 a un poids total de 0&#xa0;; aucune part équitable ne peut donc être calculée pour lui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The operator&apos;s figures for cycle %1 are inconsistent (your weight is above the total weight), so the payout cannot be checked.</source>
        <translation>Les chiffres de l&apos;opérateur pour le cycle %1 sont incohérents (votre poids dépasse le poids total)&#xa0;; le versement ne peut donc pas être vérifié.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cycle %1 paid %2 but the published figures give %3 or %4 (%5).</source>
        <translation>Le cycle %1 a versé %2, mais les chiffres publiés donnent %3 ou %4 (%5).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cycle %1 paid %2 but the published figures give %3 (%4).</source>
        <translation>Le cycle %1 a versé %2, mais les chiffres publiés donnent %3 (%4).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cycle %1 paid a fair %2, but the operator states %3.</source>
        <translation>Le cycle %1 a versé un montant équitable de %2, mais l&apos;opérateur indique %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cycle %1 paid exactly the fair share (in whole units of the contract; the rest is dust).</source>
        <translation>Le cycle %1 a versé exactement la part équitable (en unités entières du contrat&#xa0;; le reste est de la poussière).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cycle %1 paid exactly the fair share.</source>
        <translation>Le cycle %1 a versé exactement la part équitable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cycle %1 paid the fair share plus one unit from the rounding remainder.</source>
        <translation>Le cycle %1 a versé la part équitable plus une unité issue du reste de l&apos;arrondi.</translation>
    </message>
    <message>
        <location filename="../core/ledger/money.cpp" line="+18"/>
        <source>&apos;%1&apos; is not an amount; write it like 12.5 or 0.000001.</source>
        <translation>&apos;%1&apos; n&apos;est pas un montant&#xa0;; écrivez-le comme 12.5 ou 0.000001.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; has more than %2 digits after the point; the token has only %2 decimals.</source>
        <translation>&apos;%1&apos; a plus de %2 chiffres après le point&#xa0;; le jeton n&apos;a que %2 décimales.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is too large.</source>
        <translation>&apos;%1&apos; est trop grand.</translation>
    </message>
    <message>
        <location filename="../core/ledger/statement.cpp" line="+48"/>
        <source>the statement has an invalid %1 (expected %2); the file is damaged or not a BackendShield statement.</source>
        <translation>le relevé contient un %1 non valide (attendu&#xa0;: %2)&#xa0;; le fichier est endommagé ou n&apos;est pas un relevé BackendShield.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a decimal string below the BabyJubJub subgroup order</source>
        <translation>une chaîne décimale inférieure à l&apos;ordre du sous-groupe BabyJubJub</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the line&apos;s value in token units with all the token&apos;s decimals</source>
        <translation>la valeur de la ligne en unités du jeton, avec toutes les décimales du jeton</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>the statement is larger than 32 MiB; it is not a BackendShield statement.</source>
        <translation>le relevé dépasse 32 Mio&#xa0;; ce n&apos;est pas un relevé BackendShield.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the statement has version %1, which this version of BackendShield does not know; update BackendShield.</source>
        <translation>le relevé est en version %1, que cette version de BackendShield ne connaît pas&#xa0;; mettez BackendShield à jour.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>a time after period.from</source>
        <translation>une date postérieure à period.from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most 100000 lines</source>
        <translation>au plus 100000 lignes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>lines ordered by block and log index, each event once</source>
        <translation>des lignes triées par bloc et par index de journal, chaque événement une seule fois</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the number of lines</source>
        <translation>le nombre de lignes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sum of the lines&apos; amounts</source>
        <translation>la somme des montants des lignes</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+62"/>
        <source>Private revenue distribution client for eERC.</source>
        <translation>Client de distribution privée des revenus pour eERC.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>Enregistrer une image de la fenêtre dans &lt;file&gt; et quitter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open on &lt;page&gt;: dashboard, earnings, claim, registration (provider); providers, servers, cycles (operator); verify, reports (auditor); activity, settings.</source>
        <translation>Ouvrir sur &lt;page&gt;&#xa0;: dashboard, earnings, claim, registration (fournisseur)&#xa0;; providers, servers, cycles (opérateur)&#xa0;; verify, reports (auditeur)&#xa0;; activity, settings.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep profiles (encrypted vaults) in &lt;dir&gt; instead of the user&apos;s data directory.</source>
        <translation>Conserver les profils (coffres chiffrés) dans &lt;dir&gt; au lieu du répertoire de données de l&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>operator</name>
    <message>
        <location filename="../core/operator/distribution.cpp" line="+65"/>
        <source>&apos;%1&apos; is not a time; write it in RFC 3339 with whole seconds, like 2026-11-01T00:00:00Z, or as a date like 2026-11-01 (midnight UTC).</source>
        <translation>&apos;%1&apos; n&apos;est pas une heure ; écrivez-la au format RFC 3339 en secondes entières, par exemple 2026-11-01T00:00:00Z, ou sous forme de date comme 2026-11-01 (minuit UTC).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the period needs a valid start and end time.</source>
        <translation>la période nécessite une heure de début et une heure de fin valides.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the period&apos;s start and end must be whole seconds.</source>
        <translation>le début et la fin de la période doivent être en secondes entières.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the period is empty: its end (%1) must come after its start (%2).</source>
        <translation>la période est vide : sa fin (%1) doit venir après son début (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the pool is zero; give the amount to distribute.</source>
        <translation>l&apos;enveloppe est nulle ; indiquez le montant à distribuer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the pool is larger than the API accepts (2^255 base units).</source>
        <translation>l&apos;enveloppe dépasse ce que l&apos;API accepte (2^255 unités de base).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the pool &apos;%1&apos; is not usable: %2</source>
        <translation>l&apos;enveloppe &apos;%1&apos; n&apos;est pas utilisable : %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the period overlaps cycle %1 (%2, %3 to %4); choose a period that ends by %3 or starts at %4 or later. Nothing was sent.</source>
        <translation>la période chevauche le cycle %1 (%2, %3 à %4) ; choisissez une période qui se termine au plus tard à %3 ou commence à %4 ou après. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the period is that of the failed cycle %1, which can only be retried with its own pool of %2. Nothing was sent.</source>
        <translation>la période est celle du cycle échoué %1, qui ne peut être relancé qu&apos;avec sa propre enveloppe de %2. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the period overlaps the failed cycle %1 (%2, %3 to %4), which already paid some providers; retry that cycle with its own period instead. Nothing was sent.</source>
        <translation>la période chevauche le cycle échoué %1 (%2, %3 à %4), qui a déjà payé certains fournisseurs ; relancez plutôt ce cycle avec sa propre période. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location filename="../core/operator/management_client.cpp" line="+91"/>
        <source>at most 500 entries per page, as asked</source>
        <translation>au plus 500 entrées par page, comme demandé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a cursor or null</source>
        <translation>un curseur ou null</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The operator&apos;s server sent more than %1 pages of providers; the list does not end, tell the operator.</source>
        <translation>Le serveur de l&apos;opérateur a envoyé plus de %1 pages de fournisseurs ; la liste ne se termine pas, prévenez l&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the reason must be at most 500 characters on one line.</source>
        <translation>le motif doit tenir en 500 caractères au plus, sur une seule ligne.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The operator&apos;s server has no provider %1; check the provider id. Nothing was changed.</source>
        <translation>Le serveur de l&apos;opérateur n&apos;a pas de fournisseur %1 ; vérifiez l&apos;identifiant du fournisseur. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The operator&apos;s server refuses to make provider %1 %2 (%3); nothing was changed.</source>
        <translation>Le serveur de l&apos;opérateur refuse de faire passer le fournisseur %1 à l&apos;état %2 (%3) ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operator&apos;s server refuses to make provider %1 %2; nothing was changed.</source>
        <translation>Le serveur de l&apos;opérateur refuse de faire passer le fournisseur %1 à l&apos;état %2 ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provider %1 is %2: %3</source>
        <translation>Le fournisseur %1 est à l&apos;état %2 : %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The operator&apos;s server confirmed another provider or state than the one asked for; list the providers to see where things stand, and tell the operator.</source>
        <translation>Le serveur de l&apos;opérateur a confirmé un autre fournisseur ou un autre état que celui demandé ; listez les fournisseurs pour voir où en sont les choses, et prévenez l&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The operator&apos;s server sent more than %1 pages of servers; the list does not end, tell the operator.</source>
        <translation>Le serveur de l&apos;opérateur a envoyé plus de %1 pages de serveurs ; la liste ne se termine pas, prévenez l&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a usage server needs a name of 1 to 100 characters on one line.</source>
        <translation>un serveur d&apos;usage doit avoir un nom de 1 à 100 caractères sur une seule ligne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The operator&apos;s server answered the creation of a usage server with HTTP %1 instead of 201.</source>
        <translation>Le serveur de l&apos;opérateur a répondu à la création d&apos;un serveur d&apos;usage par HTTP %1 au lieu de 201.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The operator&apos;s server created a usage server with another name than the one asked for; revoke it and tell the operator.</source>
        <translation>Le serveur de l&apos;opérateur a créé un serveur d&apos;usage avec un autre nom que celui demandé ; révoquez-le et prévenez l&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The operator&apos;s server has no active usage server %1 (%2); list the servers to see which are active.</source>
        <translation>Le serveur de l&apos;opérateur n&apos;a pas de serveur d&apos;usage actif %1 (%2) ; listez les serveurs pour voir lesquels sont actifs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The operator&apos;s server has no active usage server %1; list the servers to see which are active.</source>
        <translation>Le serveur de l&apos;opérateur n&apos;a pas de serveur d&apos;usage actif %1 ; listez les serveurs pour voir lesquels sont actifs.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The operator&apos;s server answered the revocation with HTTP %1 instead of 204; list the servers to check it is revoked.</source>
        <translation>Le serveur de l&apos;opérateur a répondu à la révocation par HTTP %1 au lieu de 204 ; listez les serveurs pour vérifier qu&apos;il est bien révoqué.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The operator&apos;s server sent more than %1 pages of revenue/cycles; the list does not end, tell the operator.</source>
        <translation>Le serveur de l&apos;opérateur a envoyé plus de %1 pages de revenue/cycles ; la liste ne se termine pas, prévenez l&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The operator&apos;s server has no cycle %1; check the cycle id.</source>
        <translation>Le serveur de l&apos;opérateur n&apos;a pas de cycle %1 ; vérifiez l&apos;identifiant du cycle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The operator&apos;s server answered with another cycle than the one asked for; tell the operator.</source>
        <translation>Le serveur de l&apos;opérateur a répondu avec un autre cycle que celui demandé ; prévenez l&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The operator cannot fund a pool of %1 (%2); add USDC to the operator&apos;s wallet or choose a smaller pool.</source>
        <translation>L&apos;opérateur ne peut pas financer une enveloppe de %1 (%2) ; ajoutez des USDC au portefeuille de l&apos;opérateur ou choisissez une enveloppe plus petite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The operator cannot fund a pool of %1; add USDC to the operator&apos;s wallet or choose a smaller pool.</source>
        <translation>L&apos;opérateur ne peut pas financer une enveloppe de %1 ; ajoutez des USDC au portefeuille de l&apos;opérateur ou choisissez une enveloppe plus petite.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The operator&apos;s server computed a dry run for another period or pool than the one asked for; tell the operator.</source>
        <translation>Le serveur de l&apos;opérateur a calculé une simulation pour une autre période ou une autre enveloppe que celle demandée ; prévenez l&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cycle %1 is not a failed cycle of this period and pool any more; list the cycles to see its state.</source>
        <translation>le cycle %1 n&apos;est plus un cycle échoué de cette période et de cette enveloppe ; listez les cycles pour voir son état.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The operator&apos;s server refuses to start this cycle (%1): a period may not overlap a cycle that did not fail, and a failed cycle is retried with its own period and pool. Nothing was started.</source>
        <translation>Le serveur de l&apos;opérateur refuse de démarrer ce cycle (%1) : une période ne peut pas chevaucher un cycle qui n&apos;a pas échoué, et un cycle échoué se relance avec sa propre période et sa propre enveloppe. Rien n&apos;a été démarré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The operator&apos;s server refuses to start this cycle: a period may not overlap a cycle that did not fail, and a failed cycle is retried with its own period and pool. Nothing was started.</source>
        <translation>Le serveur de l&apos;opérateur refuse de démarrer ce cycle : une période ne peut pas chevaucher un cycle qui n&apos;a pas échoué, et un cycle échoué se relance avec sa propre période et sa propre enveloppe. Rien n&apos;a été démarré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The operator cannot fund a pool of %1 (%2); add USDC to the operator&apos;s wallet or choose a smaller pool. Nothing was started.</source>
        <translation>L&apos;opérateur ne peut pas financer une enveloppe de %1 (%2) ; ajoutez des USDC au portefeuille de l&apos;opérateur ou choisissez une enveloppe plus petite. Rien n&apos;a été démarré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The operator cannot fund a pool of %1; add USDC to the operator&apos;s wallet or choose a smaller pool. Nothing was started.</source>
        <translation>L&apos;opérateur ne peut pas financer une enveloppe de %1 ; ajoutez des USDC au portefeuille de l&apos;opérateur ou choisissez une enveloppe plus petite. Rien n&apos;a été démarré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 The cycle may have started anyway: list the cycles before asking again.</source>
        <translation>%1 Le cycle a peut-être démarré malgré tout : listez les cycles avant de refaire la demande.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The operator&apos;s server answered the start of a cycle with HTTP %1 instead of 202; list the cycles to see what happened.</source>
        <translation>Le serveur de l&apos;opérateur a répondu au démarrage d&apos;un cycle par HTTP %1 au lieu de 202 ; listez les cycles pour voir ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The operator&apos;s server started another cycle than the one asked for (%1); list the cycles and tell the operator.</source>
        <translation>Le serveur de l&apos;opérateur a démarré un autre cycle que celui demandé (%1) ; listez les cycles et prévenez l&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cycle %1 is %2; only a failed cycle can be retried.</source>
        <translation>le cycle %1 est à l&apos;état %2 ; seul un cycle échoué peut être relancé.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Following the cycle was stopped; the cycle goes on on the server.</source>
        <translation>Le suivi du cycle a été arrêté ; le cycle se poursuit sur le serveur.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cycle %1 is still %2 after %3 seconds; it goes on on the server, follow it again later.</source>
        <translation>Le cycle %1 est toujours à l&apos;état %2 après %3 secondes ; il se poursuit sur le serveur, suivez-le à nouveau plus tard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cycle %1 is still not readable after %2 seconds; it goes on on the server, follow it again later.</source>
        <translation>Le cycle %1 n&apos;est toujours pas lisible après %2 secondes ; il se poursuit sur le serveur, suivez-le à nouveau plus tard.</translation>
    </message>
    <message>
        <location filename="../core/operator/management_types.cpp" line="+44"/>
        <source>a cycle state of the spec, such as completed</source>
        <translation>un état de cycle de la spécification, par exemple completed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>queued, submitted, confirmed or failed</source>
        <translation>queued, submitted, confirmed ou failed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a string of at most 2000 characters</source>
        <translation>une chaîne d&apos;au plus 2000 caractères</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a string of at most 2000 characters, or null</source>
        <translation>une chaîne d&apos;au plus 2000 caractères, ou null</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+33"/>
        <source>at most amount</source>
        <translation>au plus amount</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>a transaction hash for a submitted or confirmed transfer</source>
        <translation>un hash de transaction pour un transfert soumis ou confirmé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the block and log index of a confirmed transfer</source>
        <translation>le bloc et l&apos;index de log d&apos;un transfert confirmé</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>a provider becomes earning_revenue by itself when its first usage arrives; approve it (integrated) instead.</source>
        <translation>un fournisseur devient earning_revenue de lui-même à l&apos;arrivée de son premier usage ; approuvez-le plutôt (integrated).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the provider is %1 already; nothing was changed.</source>
        <translation>le fournisseur est déjà à l&apos;état %1 ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a suspended provider cannot be approved directly; reinstate it (registered) first, then approve it (integrated).</source>
        <translation>un fournisseur suspendu ne peut pas être approuvé directement ; rétablissez-le d&apos;abord (registered), puis approuvez-le (integrated).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the provider is %1, past approval already; nothing was changed.</source>
        <translation>le fournisseur est à l&apos;état %1, déjà au-delà de l&apos;approbation ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only a suspended provider can be reinstated (registered); this one is %1.</source>
        <translation>seul un fournisseur suspendu peut être rétabli (registered) ; celui-ci est à l&apos;état %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a provider cannot go from %1 to %2.</source>
        <translation>un fournisseur ne peut pas passer de %1 à %2.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>active or revoked</source>
        <translation>active ou revoked</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a time exactly when the status is revoked</source>
        <translation>un horodatage exactement quand le statut est revoked</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>active for a server just created</source>
        <translation>active pour un serveur qui vient d&apos;être créé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>16 to 1024 printable ASCII characters</source>
        <translation>16 à 1024 caractères ASCII imprimables</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+2"/>
        <source>at most pool</source>
        <translation>au plus pool</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>true in the answer to a dry run</source>
        <translation>true dans la réponse à une simulation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>calculated or skipped_insufficient_usage</source>
        <translation>calculated ou skipped_insufficient_usage</translation>
    </message>
    <message>
        <location filename="../core/operator/operator_client.cpp" line="+28"/>
        <source>The operator&apos;s server sent an invalid nextCursor; tell the operator.</source>
        <translation>Le serveur de l&apos;opérateur a envoyé un nextCursor invalide ; prévenez l&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operator&apos;s server sent the same page cursor twice; tell the operator.</source>
        <translation>Le serveur de l&apos;opérateur a envoyé deux fois le même curseur de page ; prévenez l&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&apos;%1&apos; is not a valid id.</source>
        <translation>&apos;%1&apos; n&apos;est pas un identifiant valide.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the operator server URL is not usable: %1</source>
        <translation>l&apos;URL du serveur de l&apos;opérateur n&apos;est pas utilisable : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the operator server URL must not contain a query, a fragment or a user name; give the API base only, like https://shield.example.org/api/v1.</source>
        <translation>l&apos;URL du serveur de l&apos;opérateur ne doit contenir ni requête, ni fragment, ni nom d&apos;utilisateur ; indiquez seulement la base de l&apos;API, par exemple https://shield.example.org/api/v1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the operator server URL is not valid; give the API base, like https://shield.example.org/api/v1.</source>
        <translation>l&apos;URL du serveur de l&apos;opérateur n&apos;est pas valide ; indiquez la base de l&apos;API, par exemple https://shield.example.org/api/v1.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the request path &apos;%1&apos; is not valid for the operator API.</source>
        <translation>le chemin de requête &apos;%1&apos; n&apos;est pas valide pour l&apos;API de l&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The operator&apos;s server answered 304 Not Modified to a request without a cached copy; tell the operator.</source>
        <translation>Le serveur de l&apos;opérateur a répondu 304 Not Modified à une requête sans copie en cache ; prévenez l&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The operator&apos;s server answered with &apos;%1&apos; instead of JSON; check the server URL of the profile.</source>
        <translation>Le serveur de l&apos;opérateur a répondu avec &apos;%1&apos; au lieu de JSON ; vérifiez l&apos;URL du serveur dans le profil.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The operator&apos;s server sent an answer that is not a JSON object; tell the operator.</source>
        <translation>Le serveur de l&apos;opérateur a envoyé une réponse qui n&apos;est pas un objet JSON ; prévenez l&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a provider registers itself: the wallet key of %1 must sign the registration.</source>
        <translation>un fournisseur s&apos;enregistre lui-même : la clé du portefeuille de %1 doit signer l&apos;enregistrement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the eERC public key is not set; derive the eERC key first.</source>
        <translation>la clé publique eERC n&apos;est pas définie ; dérivez d&apos;abord la clé eERC.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The operator&apos;s server answered the registration with HTTP %1 instead of 200 or 201.</source>
        <translation>Le serveur de l&apos;opérateur a répondu à l&apos;enregistrement par HTTP %1 au lieu de 200 ou 201.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The operator&apos;s server confirmed a registration with another address or eERC key than the one sent; tell the operator.</source>
        <translation>Le serveur de l&apos;opérateur a confirmé un enregistrement avec une autre adresse ou une autre clé eERC que celle envoyée ; prévenez l&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The operator&apos;s server answered with another provider than the one asked for; tell the operator.</source>
        <translation>Le serveur de l&apos;opérateur a répondu avec un autre fournisseur que celui demandé ; prévenez l&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the earnings period must end after it starts.</source>
        <translation>la période des revenus doit se terminer après son début.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The operator&apos;s server sent more than %1 pages of earnings; choose a shorter period and try again.</source>
        <translation>Le serveur de l&apos;opérateur a envoyé plus de %1 pages de revenus ; choisissez une période plus courte et réessayez.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The operator&apos;s server answered with another provider&apos;s earnings; tell the operator.</source>
        <translation>Le serveur de l&apos;opérateur a répondu avec les revenus d&apos;un autre fournisseur ; prévenez l&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The operator&apos;s earnings changed while they were being read; try again.</source>
        <translation>Les revenus de l&apos;opérateur ont changé pendant leur lecture ; réessayez.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The operator&apos;s server reports %1 earnings cycles but sent %2; tell the operator.</source>
        <translation>Le serveur de l&apos;opérateur annonce %1 cycles de revenus mais en a envoyé %2 ; prévenez l&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the audit period must end after it starts.</source>
        <translation>la période d&apos;audit doit se terminer après son début.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 Or audit a shorter period: the answer lists every transfer.</source>
        <translation>%1 Ou auditez une période plus courte : la réponse liste chaque transfert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The operator&apos;s server answered the audit totals for another period than the one asked for; tell the operator.</source>
        <translation>Le serveur de l&apos;opérateur a répondu avec les totaux d&apos;audit d&apos;une autre période que celle demandée ; prévenez l&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The operator&apos;s server sent more than %1 pages of providers; tell the operator.</source>
        <translation>Le serveur de l&apos;opérateur a envoyé plus de %1 pages de fournisseurs ; prévenez l&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The operator&apos;s server sent a provider list without items; tell the operator.</source>
        <translation>Le serveur de l&apos;opérateur a envoyé une liste de fournisseurs sans éléments (items) ; prévenez l&apos;opérateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The operator&apos;s server sent a provider list with an item that is not an object; tell the operator.</source>
        <translation>Le serveur de l&apos;opérateur a envoyé une liste de fournisseurs dont un élément n&apos;est pas un objet ; prévenez l&apos;opérateur.</translation>
    </message>
    <message>
        <location filename="../core/operator/problem.cpp" line="+36"/>
        <source>Balances, claims and the chain part of an audit do not need it: they read the chain alone.</source>
        <translation>Les soldes, les retraits et la partie d&apos;un audit qui porte sur la chaîne n&apos;en ont pas besoin : ils lisent uniquement la chaîne.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The request to the operator&apos;s server was cancelled.</source>
        <translation>La requête au serveur de l&apos;opérateur a été annulée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The operator&apos;s server at %1 did not answer in time; try again later. %2</source>
        <translation>Le serveur de l&apos;opérateur à l&apos;adresse %1 n&apos;a pas répondu à temps ; réessayez plus tard. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The operator&apos;s server at %1 is unavailable (%2); try again later. %3</source>
        <translation>Le serveur de l&apos;opérateur à l&apos;adresse %1 est indisponible (%2) ; réessayez plus tard. %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The operator&apos;s server refused the request as invalid: %1; correct it and try again.</source>
        <translation>Le serveur de l&apos;opérateur a refusé la requête comme invalide : %1 ; corrigez-la et réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operator&apos;s server refused the request as invalid; correct it and try again.</source>
        <translation>Le serveur de l&apos;opérateur a refusé la requête comme invalide ; corrigez-la et réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The operator&apos;s server did not accept this request&apos;s signature: %1; check that this computer&apos;s clock is correct, then try again.</source>
        <translation>Le serveur de l&apos;opérateur n&apos;a pas accepté la signature de cette requête : %1 ; vérifiez que l&apos;horloge de cet ordinateur est à l&apos;heure, puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The operator&apos;s server did not accept this request&apos;s signature; check that this computer&apos;s clock is correct, then try again.</source>
        <translation>Le serveur de l&apos;opérateur n&apos;a pas accepté la signature de cette requête ; vérifiez que l&apos;horloge de cet ordinateur est à l&apos;heure, puis réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The operator&apos;s server does not allow this for the profile&apos;s address: %1; use the profile whose key has that role.</source>
        <translation>Le serveur de l&apos;opérateur n&apos;autorise pas cette action pour l&apos;adresse du profil : %1 ; utilisez le profil dont la clé a ce rôle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The operator&apos;s server does not allow this for the profile&apos;s address; use the profile whose key has that role.</source>
        <translation>Le serveur de l&apos;opérateur n&apos;autorise pas cette action pour l&apos;adresse du profil ; utilisez le profil dont la clé a ce rôle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The operator&apos;s server does not know what was asked for: %1; check the provider id, or register first.</source>
        <translation>Le serveur de l&apos;opérateur ne connaît pas l&apos;objet de la demande : %1 ; vérifiez l&apos;identifiant du fournisseur, ou enregistrez-vous d&apos;abord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operator&apos;s server does not know what was asked for; check the provider id, or register first.</source>
        <translation>Le serveur de l&apos;opérateur ne connaît pas l&apos;objet de la demande ; vérifiez l&apos;identifiant du fournisseur, ou enregistrez-vous d&apos;abord.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The operator&apos;s server reports a conflict: %1; nothing was changed.</source>
        <translation>Le serveur de l&apos;opérateur signale un conflit : %1 ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operator&apos;s server reports a conflict; nothing was changed.</source>
        <translation>Le serveur de l&apos;opérateur signale un conflit ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The operator&apos;s server cannot accept this: %1.</source>
        <translation>Le serveur de l&apos;opérateur ne peut pas accepter ceci : %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operator&apos;s server cannot accept this.</source>
        <translation>Le serveur de l&apos;opérateur ne peut pas accepter ceci.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The operator&apos;s server is limiting requests from this client; try again in %1 seconds.</source>
        <translation>Le serveur de l&apos;opérateur limite les requêtes de ce client ; réessayez dans %1 secondes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The operator&apos;s server is limiting requests from this client; try again in a minute.</source>
        <translation>Le serveur de l&apos;opérateur limite les requêtes de ce client ; réessayez dans une minute.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The operator&apos;s server at %1 is unavailable (HTTP %2); try again later. %3</source>
        <translation>Le serveur de l&apos;opérateur à l&apos;adresse %1 est indisponible (HTTP %2) ; réessayez plus tard. %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The operator&apos;s server at %1 is unavailable (HTTP %2: %3); try again later. %4</source>
        <translation>Le serveur de l&apos;opérateur à l&apos;adresse %1 est indisponible (HTTP %2 : %3) ; réessayez plus tard. %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The operator&apos;s server answered with a redirect (HTTP %1), which this client does not follow; check the server URL of the profile.</source>
        <translation>Le serveur de l&apos;opérateur a répondu par une redirection (HTTP %1), que ce client ne suit pas ; vérifiez l&apos;URL du serveur dans le profil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The operator&apos;s server refused the request (HTTP %1).</source>
        <translation>Le serveur de l&apos;opérateur a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The operator&apos;s server refused the request (HTTP %1: %2).</source>
        <translation>Le serveur de l&apos;opérateur a refusé la requête (HTTP %1 : %2).</translation>
    </message>
    <message>
        <location filename="../core/operator/problem.h" line="+108"/>
        <source>The operator&apos;s server at %1 sent an answer larger than this client accepts; tell the operator.</source>
        <translation>Le serveur de l&apos;opérateur à l&apos;adresse %1 a envoyé une réponse plus volumineuse que ce que ce client accepte ; prévenez l&apos;opérateur.</translation>
    </message>
    <message>
        <location filename="../core/operator/api_types.cpp" line="+26"/>
        <source>registered, integrated, earning_revenue or suspended</source>
        <translation>registered, integrated, earning_revenue ou suspended</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+229"/>
        <location filename="../core/operator/management_types.cpp" line="-297"/>
        <source>a time after periodStart</source>
        <translation>un horodatage postérieur à periodStart</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>at most totalWeight</source>
        <translation>au plus totalWeight</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>the operator&apos;s server sent an invalid %1 (expected %2); tell the operator, their server or its configuration is broken.</source>
        <translation>le serveur de l&apos;opérateur a envoyé une valeur invalide pour %1 (attendu : %2) ; prévenez l&apos;opérateur, son serveur ou sa configuration est défaillant.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>a time after from</source>
        <translation>un horodatage postérieur à from</translation>
    </message>
</context>
<context>
    <name>util</name>
    <message>
        <location filename="../core/util/atomic_file.cpp" line="+37"/>
        <source>could not write %1 (%2)</source>
        <translation>impossible d&apos;écrire %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists; choose another file name</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom de fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is too large to be what it should be</source>
        <translation>%1 est trop volumineux pour être ce qu&apos;il devrait être</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the disk is full: could not write %1; free some space and try again</source>
        <translation>le disque est plein&#xa0;: impossible d&apos;écrire %1&#xa0;; libérez de l&apos;espace et réessayez</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no permission to write %1; check the folder&apos;s permissions</source>
        <translation>pas d&apos;autorisation pour écrire %1&#xa0;; vérifiez les autorisations du dossier</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>could not create %1 (%2)</source>
        <translation>impossible de créer %1 (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot read %1 (%2)</source>
        <translation>impossible de lire %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/util/http_client.cpp" line="+74"/>
        <source>&apos;%1&apos; is not a valid URL; give one like https://host/path.</source>
        <translation>&apos;%1&apos; n&apos;est pas une URL valide&#xa0;; indiquez-en une comme https://serveur/chemin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the URL must start with https:// (or http:// for a local server), not &apos;%1://&apos;.</source>
        <translation>l&apos;URL doit commencer par https:// (ou http:// pour un serveur local), et non par &apos;%1://&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>plain http:// to %1 is refused: use https://, or allow plain HTTP for this profile if the network between you and the server is trusted.</source>
        <translation>le HTTP simple (http://) vers %1 est refusé&#xa0;: utilisez https://, ou autorisez le HTTP simple pour ce profil si le réseau entre vous et le serveur est de confiance.</translation>
    </message>
</context>
<context>
    <name>vault</name>
    <message>
        <location filename="../core/vault/audit_store.cpp" line="+18"/>
        <source>the auditor&apos;s scan state in the vault is damaged</source>
        <translation>l&apos;état d&apos;analyse de l&apos;auditeur dans le coffre est endommagé</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the auditor&apos;s events in the vault are damaged</source>
        <translation>les événements de l&apos;auditeur dans le coffre sont endommagés</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../core/vault/history_store.cpp" line="+116"/>
        <location line="+38"/>
        <source>the checkpoint block number is too large</source>
        <translation>le numéro de bloc du point de contrôle est trop grand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an audit event is outside the blocks scanned</source>
        <translation>un événement d&apos;audit se trouve en dehors des blocs analysés</translation>
    </message>
    <message>
        <location filename="../core/vault/backup.cpp" line="+87"/>
        <source>the backup passphrase is empty; choose one</source>
        <translation>la phrase secrète de la sauvegarde est vide&#xa0;; choisissez-en une</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the profile is too large to back up</source>
        <translation>le profil est trop volumineux pour être sauvegardé</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the backup could not be encrypted (OpenSSL failed)</source>
        <translation>la sauvegarde n&apos;a pas pu être chiffrée (échec d&apos;OpenSSL)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this is not a BackendShield vault backup (wrong magic)</source>
        <translation>ce n&apos;est pas une sauvegarde de coffre BackendShield (mauvais nombre magique)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the backup file is truncated</source>
        <translation>le fichier de sauvegarde est tronqué</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the backup has format version %1, this program reads version %2; use a newer BackendShield</source>
        <translation>la sauvegarde est au format version %1, ce programme lit la version %2&#xa0;; utilisez une version plus récente de BackendShield</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the backup file is damaged or not from BackendShield: %1</source>
        <translation>le fichier de sauvegarde est endommagé ou ne provient pas de BackendShield&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the backup file is truncated or damaged (its length is wrong)</source>
        <translation>le fichier de sauvegarde est tronqué ou endommagé (sa longueur est incorrecte)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>wrong backup passphrase (or the backup file was altered): nothing was restored</source>
        <translation>phrase secrète de sauvegarde incorrecte (ou le fichier de sauvegarde a été modifié)&#xa0;: rien n&apos;a été restauré</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the backup&apos;s contents are malformed</source>
        <translation>le contenu de la sauvegarde est malformé</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the backup contains data this program does not know (field %1); use a newer BackendShield</source>
        <translation>la sauvegarde contient des données que ce programme ne connaît pas (champ %1)&#xa0;; utilisez une version plus récente de BackendShield</translation>
    </message>
    <message>
        <location filename="../core/vault/claim_store.cpp" line="+12"/>
        <source>the claim has an invalid transaction hash</source>
        <translation>le retrait a un hash de transaction invalide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the claim&apos;s amount must be a decimal number of base units</source>
        <translation>le montant du retrait doit être un nombre décimal d&apos;unités de base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the claim&apos;s token id or nonce is too large</source>
        <translation>l&apos;identifiant de jeton ou le nonce du retrait est trop grand</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>a stored claim has an unknown state; the vault is damaged</source>
        <translation>un retrait enregistré a un état inconnu&#xa0;; le coffre est endommagé</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no pending claim with transaction hash %1</source>
        <translation>aucun retrait en attente avec le hash de transaction %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no failed claim with transaction hash %1; only a failed claim can be cleared</source>
        <translation>aucun retrait échoué avec le hash de transaction %1&#xa0;; seul un retrait échoué peut être effacé</translation>
    </message>
    <message>
        <location filename="../core/vault/file_lock.cpp" line="+65"/>
        <source>cannot create the vault&apos;s lock file %1 (%2); check the folder&apos;s permissions</source>
        <translation>impossible de créer le fichier de verrou du coffre %1 (%2)&#xa0;; vérifiez les autorisations du dossier</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot lock the vault&apos;s lock file %1 (%2)</source>
        <translation>impossible de verrouiller le fichier de verrou du coffre %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the vault is busy: another BackendShield process is changing it; try again in a moment</source>
        <translation>le coffre est occupé&#xa0;: un autre processus BackendShield le modifie&#xa0;; réessayez dans un instant</translation>
    </message>
    <message>
        <location filename="../core/vault/history_store.cpp" line="-139"/>
        <source>a history entry&apos;s kind must be credit or debit</source>
        <translation>le type d&apos;une entrée d&apos;historique doit être credit ou debit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a history entry has an invalid transaction hash</source>
        <translation>une entrée d&apos;historique a un hash de transaction invalide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a history entry&apos;s amount must be a decimal number of base units</source>
        <translation>le montant d&apos;une entrée d&apos;historique doit être un nombre décimal d&apos;unités de base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a history entry&apos;s token id or block number is too large</source>
        <translation>l&apos;identifiant de jeton ou le numéro de bloc d&apos;une entrée d&apos;historique est trop grand</translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+49"/>
        <source>a history scan needs a name</source>
        <translation>une analyse de l&apos;historique doit avoir un nom</translation>
    </message>
    <message>
        <location filename="../core/vault/kdf.cpp" line="+36"/>
        <source>the scrypt cost N must be a power of two between 2 and 2^20</source>
        <translation>le coût scrypt N doit être une puissance de deux comprise entre 2 et 2^20</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the scrypt parameters r and p are out of range (r 1..32, p 1..16)</source>
        <translation>les paramètres scrypt r et p sont hors limites (r 1..32, p 1..16)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the scrypt parameters need more than 256 MiB of memory</source>
        <translation>les paramètres scrypt nécessitent plus de 256 Mio de mémoire</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the scrypt parameters are not ones BackendShield writes (r must be 8, p at most 4)</source>
        <translation>les paramètres scrypt ne sont pas de ceux qu&apos;écrit BackendShield (r doit valoir 8, p au plus 4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the scrypt parameters ask for more work than BackendShield ever uses</source>
        <translation>les paramètres scrypt demandent plus de travail que BackendShield n&apos;en utilise jamais</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the scrypt parameters are too weak: use N of at least 2^14 with r = 8 and p = 1</source>
        <translation>les paramètres scrypt sont trop faibles&#xa0;: utilisez N d&apos;au moins 2^14 avec r = 8 et p = 1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the scrypt parameters are too weak for this machine: leave them out to use the calibrated cost</source>
        <translation>les paramètres scrypt sont trop faibles pour cette machine&#xa0;: omettez-les pour utiliser le coût calibré</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the passphrase key could not be derived (scrypt failed, probably out of memory); close other programs and try again</source>
        <translation>la clé de la phrase secrète n&apos;a pas pu être dérivée (échec de scrypt, probablement par manque de mémoire)&#xa0;; fermez d&apos;autres programmes et réessayez</translation>
    </message>
    <message>
        <location filename="../core/vault/records.cpp" line="+31"/>
        <source>the stored network cannot be read (%1); restore the vault from a backup</source>
        <translation>le réseau enregistré ne peut pas être lu (%1)&#xa0;; restaurez le coffre à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location filename="../core/vault/schema.cpp" line="+166"/>
        <source>this vault was written by a newer BackendShield (schema version %1, this program knows up to %2); update BackendShield to open it</source>
        <translation>ce coffre a été écrit par une version plus récente de BackendShield (version de schéma %1, ce programme connaît jusqu&apos;à la version %2)&#xa0;; mettez BackendShield à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the vault database has an invalid schema version</source>
        <translation>la base de données du coffre a une version de schéma invalide</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the vault could not be upgraded to schema version %1: %2</source>
        <translation>le coffre n&apos;a pas pu être mis à niveau vers la version de schéma %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/vault/settings_store.cpp" line="+23"/>
        <source>a setting needs a name</source>
        <translation>un paramètre doit avoir un nom</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the auto-lock time must be between 1 and 1440 minutes</source>
        <translation>le délai de verrouillage automatique doit être compris entre 1 et 1440 minutes</translation>
    </message>
    <message>
        <location filename="../core/vault/sqlite_db.cpp" line="+141"/>
        <source>the disk is full: the change was not saved; free some space and try again</source>
        <translation>le disque est plein&#xa0;: la modification n&apos;a pas été enregistrée&#xa0;; libérez de l&apos;espace et réessayez</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a read or write error on the vault file (%1): nothing was changed; check the disk and try again</source>
        <translation>une erreur de lecture ou d&apos;écriture sur le fichier du coffre (%1)&#xa0;: rien n&apos;a été modifié&#xa0;; vérifiez le disque et réessayez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a read or write error on the vault file: nothing was changed; check the disk and try again</source>
        <translation>une erreur de lecture ou d&apos;écriture sur le fichier du coffre&#xa0;: rien n&apos;a été modifié&#xa0;; vérifiez le disque et réessayez</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the vault file is damaged, truncated or not a BackendShield vault (%1); it was not read: restore it from a backup</source>
        <translation>le fichier du coffre est endommagé, tronqué ou n&apos;est pas un coffre BackendShield (%1)&#xa0;; il n&apos;a pas été lu&#xa0;: restaurez-le à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the vault file is damaged, truncated or not a BackendShield vault; it was not read: restore it from a backup</source>
        <translation>le fichier du coffre est endommagé, tronqué ou n&apos;est pas un coffre BackendShield&#xa0;; il n&apos;a pas été lu&#xa0;: restaurez-le à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the vault is in use by another BackendShield process; close it and try again</source>
        <translation>le coffre est utilisé par un autre processus BackendShield&#xa0;; fermez-le et réessayez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the vault file is read-only; check its permissions</source>
        <translation>le fichier du coffre est en lecture seule&#xa0;; vérifiez ses autorisations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the vault file cannot be opened (%1); check that it exists and is readable</source>
        <translation>le fichier du coffre ne peut pas être ouvert (%1)&#xa0;; vérifiez qu&apos;il existe et qu&apos;il est lisible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the vault file cannot be opened; check that it exists and is readable</source>
        <translation>le fichier du coffre ne peut pas être ouvert&#xa0;; vérifiez qu&apos;il existe et qu&apos;il est lisible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>out of memory while using the vault</source>
        <translation>mémoire insuffisante lors de l&apos;utilisation du coffre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no permission to use the vault file; check its permissions</source>
        <translation>pas d&apos;autorisation pour utiliser le fichier du coffre&#xa0;; vérifiez ses autorisations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the vault database reported an error (%1)</source>
        <translation>la base de données du coffre a signalé une erreur (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the vault database reported an error</source>
        <translation>la base de données du coffre a signalé une erreur</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>the vault database could not be keyed (SQLCipher refused the key)</source>
        <translation>la clé de la base de données du coffre n&apos;a pas pu être appliquée (SQLCipher a refusé la clé)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this SQLite has no SQLCipher; BackendShield needs SQLCipher to open vaults (install the sqlcipher library it was built for)</source>
        <translation>ce SQLite n&apos;a pas SQLCipher&#xa0;; BackendShield a besoin de SQLCipher pour ouvrir les coffres (installez la bibliothèque sqlcipher pour laquelle il a été compilé)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the vault database could not be configured (SQLCipher refused &quot;%1&quot;)</source>
        <translation>la base de données du coffre n&apos;a pas pu être configurée (SQLCipher a refusé &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the vault database could not be configured (%1 is not %2 in this SQLCipher)</source>
        <translation>la base de données du coffre n&apos;a pas pu être configurée (%1 ne vaut pas %2 dans ce SQLCipher)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the vault database returned no value for %1</source>
        <translation>la base de données du coffre n&apos;a renvoyé aucune valeur pour %1</translation>
    </message>
    <message>
        <location filename="../core/vault/store.h" line="+26"/>
        <source>the vault is locked; unlock it with its passphrase first</source>
        <translation>le coffre est verrouillé&#xa0;; déverrouillez-le d&apos;abord avec sa phrase secrète</translation>
    </message>
    <message>
        <location filename="../core/vault/vault.cpp" line="+61"/>
        <source>the vault database cannot be read with the key in its header: the file is damaged, truncated, or not the database this header belongs to; restore it from a backup</source>
        <translation>la base de données du coffre ne peut pas être lue avec la clé de son en-tête&#xa0;: le fichier est endommagé, tronqué ou n&apos;est pas la base de données à laquelle appartient cet en-tête&#xa0;; restaurez-le à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+20"/>
        <source>the vault file failed verification (%1): it is damaged or was altered; restore the vault from a backup</source>
        <translation>le fichier du coffre n&apos;a pas passé la vérification (%1)&#xa0;: il est endommagé ou a été modifié&#xa0;; restaurez le coffre à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>the vault file failed verification (no result): it is damaged or was altered; restore the vault from a backup</source>
        <translation>le fichier du coffre n&apos;a pas passé la vérification (aucun résultat)&#xa0;: il est endommagé ou a été modifié&#xa0;; restaurez le coffre à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the vault file failed verification: page %1 is damaged or was altered; restore the vault from a backup</source>
        <translation>le fichier du coffre n&apos;a pas passé la vérification&#xa0;: la page %1 est endommagée ou a été modifiée&#xa0;; restaurez le coffre à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the vault file failed verification (unreadable integrity report): it is damaged or was altered; restore the vault from a backup</source>
        <translation>le fichier du coffre n&apos;a pas passé la vérification (rapport d&apos;intégrité illisible)&#xa0;: il est endommagé ou a été modifié&#xa0;; restaurez le coffre à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the vault file failed verification (%1 free pages that cannot be checked): it is damaged or was altered; restore the vault from a backup</source>
        <translation>le fichier du coffre n&apos;a pas passé la vérification (%1 pages libres impossibles à vérifier)&#xa0;: il est endommagé ou a été modifié&#xa0;; restaurez le coffre à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the vault file failed verification (page count unreadable): it is damaged or was altered; restore the vault from a backup</source>
        <translation>le fichier du coffre n&apos;a pas passé la vérification (nombre de pages illisible)&#xa0;: il est endommagé ou a été modifié&#xa0;; restaurez le coffre à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the vault file failed verification (unexpected page size %1): it is damaged or was altered; restore the vault from a backup</source>
        <translation>le fichier du coffre n&apos;a pas passé la vérification (taille de page inattendue %1)&#xa0;: il est endommagé ou a été modifié&#xa0;; restaurez le coffre à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the vault file failed verification (file size %1 bytes, expected %2): it is damaged or was altered; restore the vault from a backup</source>
        <translation>le fichier du coffre n&apos;a pas passé la vérification (taille du fichier %1 octets, %2 attendus)&#xa0;: il est endommagé ou a été modifié&#xa0;; restaurez le coffre à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the profile name is empty; give the profile a name</source>
        <translation>le nom du profil est vide&#xa0;; donnez un nom au profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the profile or network name is too long (at most 256 bytes)</source>
        <translation>le nom du profil ou du réseau est trop long (256 octets au plus)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the network has no chain id</source>
        <translation>le réseau n&apos;a pas de chain id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the chain id or deployment block is too large</source>
        <translation>le chain id ou le bloc de déploiement est trop grand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a network URL is too long</source>
        <translation>une URL du réseau est trop longue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the network description is too large (at most 1 MiB)</source>
        <translation>la description du réseau est trop volumineuse (1 Mio au plus)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>invalid eERC decryption key: a decryption key must be 1 to 64 hexadecimal digits, without 0x.</source>
        <translation>clé de déchiffrement eERC invalide&#xa0;: une clé de déchiffrement doit comporter de 1 à 64 chiffres hexadécimaux, sans 0x.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid auditor key: a decryption key must be 1 to 64 hexadecimal digits, without 0x.</source>
        <translation>clé d&apos;auditeur invalide&#xa0;: une clé de déchiffrement doit comporter de 1 à 64 chiffres hexadécimaux, sans 0x.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>the vault&apos;s record of its passphrase protection is damaged; restore it from a backup</source>
        <translation>l&apos;enregistrement de la protection par phrase secrète du coffre est endommagé&#xa0;; restaurez-le à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the passphrase was changed elsewhere; lock and unlock again</source>
        <translation>la phrase secrète a été modifiée ailleurs&#xa0;; verrouillez puis déverrouillez à nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a passphrase change of this vault was interrupted after it re-encrypted the vault: unlock it with the NEW passphrase to finish the change (if that does not open it either, the vault file is damaged: restore it from a backup)</source>
        <translation>un changement de phrase secrète de ce coffre a été interrompu après le rechiffrement du coffre&#xa0;: déverrouillez-le avec la NOUVELLE phrase secrète pour terminer le changement (si elle ne l&apos;ouvre pas non plus, le fichier du coffre est endommagé&#xa0;: restaurez-le à partir d&apos;une sauvegarde)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a passphrase change of this vault was interrupted before it took effect: the OLD passphrase still opens the vault; unlock with it and change the passphrase again</source>
        <translation>un changement de phrase secrète de ce coffre a été interrompu avant de prendre effet&#xa0;: l&apos;ANCIENNE phrase secrète ouvre toujours le coffre&#xa0;; déverrouillez-le avec elle et changez à nouveau la phrase secrète</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>the vault has no profile: it is damaged; restore it from a backup</source>
        <translation>le coffre n&apos;a pas de profil&#xa0;: il est endommagé&#xa0;; restaurez-le à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the vault&apos;s profile has an unknown role; restore it from a backup</source>
        <translation>le profil du coffre a un rôle inconnu&#xa0;; restaurez-le à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>the header of an interrupted passphrase change (%1) is damaged: %2</source>
        <translation>l&apos;en-tête d&apos;un changement de phrase secrète interrompu (%1) est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the vault database cannot be read with the key of either header: the file is damaged; restore it from a backup</source>
        <translation>la base de données du coffre ne peut être lue avec la clé d&apos;aucun des deux en-têtes&#xa0;: le fichier est endommagé&#xa0;; restaurez-le à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the passphrase is empty; choose one</source>
        <translation>la phrase secrète est vide&#xa0;; choisissez-en une</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (or its .header) already exists; choose another file name</source>
        <translation>%1 (ou son .header) existe déjà&#xa0;; choisissez un autre nom de fichier</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>the vault database %1 is missing (only its header exists); restore it from a backup</source>
        <translation>la base de données du coffre %1 est manquante (seul son en-tête existe)&#xa0;; restaurez-la à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the vault database %1 is missing</source>
        <translation>la base de données du coffre %1 est manquante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the vault file is empty or truncated (%1 bytes); it was not read: restore it from a backup</source>
        <translation>le fichier du coffre est vide ou tronqué (%1 octets)&#xa0;; il n&apos;a pas été lu&#xa0;: restaurez-le à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the vault database is empty or damaged (no schema); restore it from a backup</source>
        <translation>la base de données du coffre est vide ou endommagée (aucun schéma)&#xa0;; restaurez-la à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the vault&apos;s header file is an older copy with weaker passphrase protection than the vault last had; it was refused: put the current header back or restore the vault from a backup</source>
        <translation>le fichier d&apos;en-tête du coffre est une copie plus ancienne, dont la protection par phrase secrète est plus faible que la dernière protection du coffre&#xa0;; il a été refusé&#xa0;: remettez l&apos;en-tête actuel en place ou restaurez le coffre à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>the new passphrase is empty; choose one</source>
        <translation>la nouvelle phrase secrète est vide&#xa0;; choisissez-en une</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the passphrase was not changed: %1</source>
        <translation>la phrase secrète n&apos;a pas été changée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>the passphrase change failed while re-encrypting the vault (%1); unlock it with the old or the new passphrase, and if neither opens it, restore it from a backup</source>
        <translation>le changement de phrase secrète a échoué pendant le rechiffrement du coffre (%1)&#xa0;; déverrouillez-le avec l&apos;ancienne ou la nouvelle phrase secrète et, si aucune ne l&apos;ouvre, restaurez-le à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the passphrase change failed while re-encrypting the vault (neither key opens it); unlock it with the old or the new passphrase, and if neither opens it, restore it from a backup</source>
        <translation>le changement de phrase secrète a échoué pendant le rechiffrement du coffre (aucune des deux clés ne l&apos;ouvre)&#xa0;; déverrouillez-le avec l&apos;ancienne ou la nouvelle phrase secrète et, si aucune ne l&apos;ouvre, restaurez-le à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the vault could not be re-encrypted</source>
        <translation>le coffre n&apos;a pas pu être rechiffré</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the passphrase change could not be finished (%1): the vault now opens with the new passphrase only; unlock it with the new passphrase to finish the change</source>
        <translation>le changement de phrase secrète n&apos;a pas pu être terminé (%1)&#xa0;: le coffre ne s&apos;ouvre plus qu&apos;avec la nouvelle phrase secrète&#xa0;; déverrouillez-le avec la nouvelle phrase secrète pour terminer le changement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the passphrase was changed, but the vault could not be opened again (%1); unlock it with the new passphrase</source>
        <translation>la phrase secrète a été changée, mais le coffre n&apos;a pas pu être rouvert (%1)&#xa0;; déverrouillez-le avec la nouvelle phrase secrète</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no wallet key in this vault</source>
        <translation>aucune clé du portefeuille dans ce coffre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the wallet key stored in the vault is invalid; restore it from a backup</source>
        <translation>la clé du portefeuille enregistrée dans le coffre est invalide&#xa0;; restaurez-la à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no eERC key in this vault</source>
        <translation>aucune clé eERC dans ce coffre</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no auditor key in this vault</source>
        <translation>aucune clé d&apos;auditeur dans ce coffre</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 already exists; choose another file name</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom de fichier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the wallet key stored in the vault is invalid</source>
        <translation>la clé du portefeuille enregistrée dans le coffre est invalide</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the backup&apos;s wallet key is invalid</source>
        <translation>la clé du portefeuille de la sauvegarde est invalide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the backup&apos;s eERC key is invalid</source>
        <translation>la clé eERC de la sauvegarde est invalide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup&apos;s auditor key is invalid</source>
        <translation>la clé d&apos;auditeur de la sauvegarde est invalide</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the test&apos;s populate step failed</source>
        <translation>l&apos;étape de remplissage du test a échoué</translation>
    </message>
    <message>
        <location filename="../core/vault/vault_header.cpp" line="+154"/>
        <source>the vault header file is not a BackendShield vault header (wrong magic)</source>
        <translation>le fichier d&apos;en-tête du coffre n&apos;est pas un en-tête de coffre BackendShield (mauvais nombre magique)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the vault header has format version %1, this program reads version %2; use a newer BackendShield</source>
        <translation>l&apos;en-tête du coffre est au format version %1, ce programme lit la version %2&#xa0;; utilisez une version plus récente de BackendShield</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the vault header file is truncated or damaged</source>
        <translation>le fichier d&apos;en-tête du coffre est tronqué ou endommagé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the vault header is damaged (unknown role)</source>
        <translation>l&apos;en-tête du coffre est endommagé (rôle inconnu)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the vault header is damaged or not from BackendShield: %1</source>
        <translation>l&apos;en-tête du coffre est endommagé ou ne provient pas de BackendShield&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the vault header %1 is missing: without it the vault cannot be opened (its creation was interrupted, or the file was lost); restore it or use a backup</source>
        <translation>l&apos;en-tête du coffre %1 est manquant&#xa0;: sans lui, le coffre ne peut pas être ouvert (sa création a été interrompue ou le fichier a été perdu)&#xa0;; restaurez-le ou utilisez une sauvegarde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no vault at %1 (neither the vault nor %2 exists)</source>
        <translation>aucun coffre à l&apos;emplacement %1 (ni le coffre ni %2 n&apos;existent)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>wrong passphrase (or the vault header was altered): the vault stays locked; try again</source>
        <translation>phrase secrète incorrecte (ou l&apos;en-tête du coffre a été modifié)&#xa0;: le coffre reste verrouillé&#xa0;; réessayez</translation>
    </message>
</context>
<context>
    <name>wallet</name>
    <message>
        <location filename="../core/wallet/account.cpp" line="+139"/>
        <source>this address is registered on chain with a different eERC key; this profile cannot read its balance.</source>
        <translation>cette adresse est enregistrée sur la chaîne avec une autre clé eERC ; ce profil ne peut pas lire son solde.</translation>
    </message>
    <message>
        <location filename="../core/wallet/audit.cpp" line="+22"/>
        <source>this profile is a provider profile; verification needs an auditor profile (bshield vault create --role auditor --wallet-key-file &lt;the auditor&apos;s key&gt; ...).</source>
        <translation>ce profil est un profil de fournisseur ; la vérification nécessite un profil d&apos;auditeur (bshield vault create --role auditor --wallet-key-file &lt;clé de l&apos;auditeur&gt; ...).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this profile is an operator profile; verification needs an auditor profile (bshield vault create --role auditor --wallet-key-file &lt;the auditor&apos;s key&gt; ...).</source>
        <translation>ce profil est un profil d&apos;opérateur ; la vérification nécessite un profil d&apos;auditeur (bshield vault create --role auditor --wallet-key-file &lt;clé de l&apos;auditeur&gt; ...).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>verification keeps its scan and its runs in a vault; open the auditor&apos;s vault.</source>
        <translation>les vérifications conservent leur analyse et leurs résultats dans un coffre ; ouvrez le coffre de l&apos;auditeur.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the period&apos;s end must be after its start.</source>
        <translation>la fin de la période doit être postérieure à son début.</translation>
    </message>
    <message>
        <location filename="../core/wallet/backup_restore.cpp" line="+36"/>
        <source>there is no file at %1; choose the backup file again.</source>
        <translation>il n&apos;y a aucun fichier à l&apos;emplacement %1 ; choisissez à nouveau le fichier de sauvegarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a folder, not a backup file; choose the file.</source>
        <translation>%1 est un dossier, pas un fichier de sauvegarde ; choisissez le fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enter the passphrase the backup was saved with.</source>
        <translation>saisissez la phrase secrète avec laquelle la sauvegarde a été enregistrée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a profile file named %1 exists already; choose another name (the existing profile stays as it is).</source>
        <translation>un fichier de profil nommé %1 existe déjà ; choisissez un autre nom (le profil existant reste inchangé).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the backup was read, but its profile cannot be opened here (%1); nothing was restored.</source>
        <translation>la sauvegarde a été lue, mais son profil ne peut pas être ouvert ici (%1) ; rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location filename="../core/wallet/circuits.cpp" line="+26"/>
        <source>the network&apos;s description names no %1 circuit; add the profile again from the operator&apos;s address (or give the network file) so the circuits are known.</source>
        <translation>la description du réseau ne désigne aucun circuit %1 ; ajoutez à nouveau le profil depuis l&apos;adresse de l&apos;opérateur (ou indiquez le fichier du réseau) afin que les circuits soient connus.</translation>
    </message>
    <message>
        <location filename="../core/wallet/claims.cpp" line="+31"/>
        <source>the vault holds a malformed claim record (%1); check the vault with &apos;bshield vault unlock-check&apos;.</source>
        <translation>le coffre contient un enregistrement de retrait mal formé (%1) ; vérifiez le coffre avec &apos;bshield vault unlock-check&apos;.</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>the claim transaction cannot be recorded: it is not a withdraw call.</source>
        <translation>la transaction de retrait ne peut pas être enregistrée : ce n&apos;est pas un appel à withdraw.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the node estimates %1 gas, more than the limit of %2 this profile allows. Check the RPC node, or raise the limit in the profile&apos;s settings if you trust it.</source>
        <translation>le nœud estime %1 de gas, plus que la limite de %2 autorisée par ce profil. Vérifiez le nœud RPC, ou augmentez la limite dans les paramètres du profil si vous lui faites confiance.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the node asks for a fee of up to %1 gwei per gas, more than the cap of %2 gwei this profile allows. Wait for fees to fall, use another RPC node, or raise the cap in the profile&apos;s settings.</source>
        <translation>le nœud demande des frais allant jusqu&apos;à %1 gwei par unité de gas, plus que le plafond de %2 gwei autorisé par ce profil. Attendez que les frais baissent, utilisez un autre nœud RPC, ou augmentez le plafond dans les paramètres du profil.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>an earlier claim (%1) is still unresolved: %2</source>
        <translation>un retrait antérieur (%1) n&apos;est toujours pas résolu : %2</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>this profile keeps no claims.</source>
        <translation>ce profil ne conserve aucun retrait.</translation>
    </message>
    <message>
        <location filename="../core/wallet/operator_actions.cpp" line="+66"/>
        <source>the network description states other decimals than the contracts hold (token %1, eERC %2); update the profile&apos;s network.</source>
        <translation>la description du réseau indique d&apos;autres décimales que celles des contrats (jeton %1, eERC %2) ; mettez à jour le réseau du profil.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the network pays from the operator account %1, but this profile holds the key of %2; only the paying account&apos;s key can read its eERC balance. Use that account&apos;s profile.</source>
        <translation>le réseau paie depuis le compte d&apos;opérateur %1, mais ce profil détient la clé de %2 ; seule la clé du compte payeur peut lire son solde eERC. Utilisez le profil de ce compte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the operator account %1 is registered with another eERC key than this profile&apos;s, so its eERC balance cannot be decrypted here; import the registered eERC key.</source>
        <translation>le compte d&apos;opérateur %1 est enregistré avec une autre clé eERC que celle de ce profil, son solde eERC ne peut donc pas être déchiffré ici ; importez la clé eERC enregistrée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the operator&apos;s eERC balance cannot be read: its encrypted parts disagree and the amount is beyond the recovery bound.</source>
        <translation>le solde eERC de l&apos;opérateur ne peut pas être lu : ses parties chiffrées se contredisent et le montant dépasse la limite de récupération.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the operator&apos;s eERC balance is too large to express in token units.</source>
        <translation>le solde eERC de l&apos;opérateur est trop grand pour être exprimé en unités du jeton.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the operator cannot fund %1: the eERC balance (%2) and the wallet (%3) hold %4; add %5 to the operator&apos;s wallet or choose a smaller pool. Nothing was sent.</source>
        <translation>l&apos;opérateur ne peut pas financer %1 : le solde eERC (%2) et le portefeuille (%3) contiennent %4 ; ajoutez %5 au portefeuille de l&apos;opérateur ou choisissez une enveloppe plus petite. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the operator cannot fund %1: the eERC balance (%2) and the wallet (%3) hold %4, of which unfinished cycles will still pay %5; add %6 to the operator&apos;s wallet or choose a smaller pool. Nothing was sent.</source>
        <translation>l&apos;opérateur ne peut pas financer %1 : le solde eERC (%2) et le portefeuille (%3) contiennent %4, dont les cycles non terminés paieront encore %5 ; ajoutez %6 au portefeuille de l&apos;opérateur ou choisissez une enveloppe plus petite. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the server lists provider %1 twice.</source>
        <translation>le serveur liste le fournisseur %1 deux fois.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the server&apos;s total weight is %1 but its providers&apos; weights add up to %2.</source>
        <translation>le poids total du serveur est %1, mais les poids de ses fournisseurs totalisent %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server counts %1 providers but lists %2.</source>
        <translation>le serveur compte %1 fournisseurs mais en liste %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server would skip the cycle for lack of usage, but lists providers with usage.</source>
        <translation>le serveur sauterait le cycle faute d&apos;usage, mais liste des fournisseurs ayant de l&apos;usage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server would pay a cycle without any usage.</source>
        <translation>le serveur paierait un cycle sans aucun usage.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>provider %1: the server allocates %2 without any usage to weigh.</source>
        <translation>fournisseur %1 : le serveur attribue %2 sans aucun usage à pondérer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>provider %1: the server allocates %2, the revenue rule gives %3.</source>
        <translation>fournisseur %1 : le serveur attribue %2, la règle de revenus donne %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>provider %1: the server states a dust of %2, the decimals give %3.</source>
        <translation>fournisseur %1 : le serveur indique une poussière de %2, les décimales donnent %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server&apos;s amounts add up to %1, not to the pool of %2.</source>
        <translation>les montants du serveur totalisent %1, et non l&apos;enveloppe de %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server allocates %1 without any usage.</source>
        <translation>le serveur attribue %1 sans aucun usage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server&apos;s dust total is %1 but its lines add up to %2.</source>
        <translation>la poussière totale du serveur est %1, mais ses lignes totalisent %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>provider %1 is %2 and should not be paid.</source>
        <translation>le fournisseur %1 est à l&apos;état %2 et ne devrait pas être payé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>provider %1 is not in the providers list and should not be paid.</source>
        <translation>le fournisseur %1 ne figure pas dans la liste des fournisseurs et ne devrait pas être payé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>provider %1 would be paid at %2 but registered %3.</source>
        <translation>le fournisseur %1 serait payé à %2 mais a enregistré %3.</translation>
    </message>
    <message>
        <location filename="../core/wallet/profile.cpp" line="+17"/>
        <source>the network file describes another deployment than the profile&apos;s.</source>
        <translation>le fichier du réseau décrit un autre déploiement que celui du profil.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the profile has no network; create it again from the network&apos;s description (bshield vault create --network, or add the profile in the app).</source>
        <translation>le profil n&apos;a pas de réseau ; recréez-le à partir de la description du réseau (bshield vault create --network, ou ajoutez le profil dans l&apos;application).</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>this profile has no vault to back up.</source>
        <translation>ce profil n&apos;a pas de coffre à sauvegarder.</translation>
    </message>
    <message>
        <location filename="../core/wallet/registration.cpp" line="+96"/>
        <source>the registration is incomplete; correct the marked fields.</source>
        <translation>l&apos;enregistrement est incomplet ; corrigez les champs signalés.</translation>
    </message>
    <message>
        <location filename="../core/wallet/role_keys.cpp" line="+36"/>
        <source>the network&apos;s description names no operator account, so this key cannot be checked; connect through the operator&apos;s server (its GET /network names the account).</source>
        <translation>la description du réseau ne désigne aucun compte d&apos;opérateur, cette clé ne peut donc pas être vérifiée ; connectez-vous via le serveur de l&apos;opérateur (son GET /network désigne le compte).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this key belongs to %1, but the operator of this network is %2 (the account that sends the payouts); import that account&apos;s wallet key.</source>
        <translation>cette clé appartient à %1, mais l&apos;opérateur de ce réseau est %2 (le compte qui envoie les versements) ; importez la clé du portefeuille de ce compte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this key belongs to %1, but the operator of %2 is %3 (the account that sends the payouts); import that account&apos;s wallet key.</source>
        <translation>cette clé appartient à %1, mais l&apos;opérateur de %2 est %3 (le compte qui envoie les versements) ; importez la clé du portefeuille de ce compte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the network&apos;s description names no auditor, so this key cannot be checked; ask the operator for the current description.</source>
        <translation>la description du réseau ne désigne aucun auditeur, cette clé ne peut donc pas être vérifiée ; demandez à l&apos;opérateur la description actuelle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this key belongs to %1, but the auditor registered on this network is %2; import the wallet key of the auditor&apos;s account.</source>
        <translation>cette clé appartient à %1, mais l&apos;auditeur enregistré sur ce réseau est %2 ; importez la clé du portefeuille du compte de l&apos;auditeur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this key belongs to %1, but the auditor registered on %2 is %3; import the wallet key of the auditor&apos;s account.</source>
        <translation>cette clé appartient à %1, mais l&apos;auditeur enregistré sur %2 est %3 ; importez la clé du portefeuille du compte de l&apos;auditeur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this is the auditor account&apos;s wallet key, but the eERC key derived from it is not the auditor key this network names; the auditor key was set from another key. Ask the operator which key the auditor registered with.</source>
        <translation>il s&apos;agit de la clé du portefeuille du compte de l&apos;auditeur, mais la clé eERC qui en est dérivée n&apos;est pas la clé d&apos;auditeur que désigne ce réseau ; la clé d&apos;auditeur a été définie à partir d&apos;une autre clé. Demandez à l&apos;opérateur avec quelle clé l&apos;auditeur s&apos;est enregistré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is the auditor account&apos;s wallet key, but the eERC key derived from it is not the auditor key %1 names; the auditor key was set from another key. Ask the operator which key the auditor registered with.</source>
        <translation>il s&apos;agit de la clé du portefeuille du compte de l&apos;auditeur, mais la clé eERC qui en est dérivée n&apos;est pas la clé d&apos;auditeur que désigne %1 ; la clé d&apos;auditeur a été définie à partir d&apos;une autre clé. Demandez à l&apos;opérateur avec quelle clé l&apos;auditeur s&apos;est enregistré.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown role.</source>
        <translation>rôle inconnu.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the auditor of the contract on this network is now %1, not %2 as the operator&apos;s description says; the auditor has changed. Import the current auditor&apos;s wallet key.</source>
        <translation>l&apos;auditeur du contrat sur ce réseau est désormais %1, et non %2 comme l&apos;indique la description de l&apos;opérateur ; l&apos;auditeur a changé. Importez la clé du portefeuille de l&apos;auditeur actuel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the auditor of the contract on %1 is now %2, not %3 as the operator&apos;s description says; the auditor has changed. Import the current auditor&apos;s wallet key.</source>
        <translation>l&apos;auditeur du contrat sur %1 est désormais %2, et non %3 comme l&apos;indique la description de l&apos;opérateur ; l&apos;auditeur a changé. Importez la clé du portefeuille de l&apos;auditeur actuel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the contract&apos;s auditor public key is not the eERC key of this wallet key; the auditor key was set from another key. Ask the operator which key the auditor registered with.</source>
        <translation>la clé publique d&apos;auditeur du contrat n&apos;est pas la clé eERC de cette clé du portefeuille ; la clé d&apos;auditeur a été définie à partir d&apos;une autre clé. Demandez à l&apos;opérateur avec quelle clé l&apos;auditeur s&apos;est enregistré.</translation>
    </message>
    <message>
        <location filename="../core/wallet/server.cpp" line="+13"/>
        <source>this profile has no operator server; add its address in the profile&apos;s network settings.</source>
        <translation>ce profil n&apos;a pas de serveur d&apos;opérateur ; ajoutez son adresse dans les paramètres réseau du profil.</translation>
    </message>
    <message>
        <location filename="../core/wallet/statement.cpp" line="+71"/>
        <source>the statement&apos;s period must end after it starts.</source>
        <translation>la période du relevé doit se terminer après son début.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this account is not registered on chain, so it has received no payouts; register first.</source>
        <translation>ce compte n&apos;est pas enregistré sur la chaîne, il n&apos;a donc reçu aucun versement ; enregistrez-vous d&apos;abord.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>cancelled.</source>
        <translation>annulé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the payout %1 is not a direct eERC transfer to this account; it cannot be proven.</source>
        <translation>le versement %1 n&apos;est pas un transfert eERC direct vers ce compte ; il ne peut pas être prouvé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the payout %1 does not decrypt to the amount in the history; refresh the history and try again.</source>
        <translation>le déchiffrement du versement %1 ne donne pas le montant indiqué dans l&apos;historique ; actualisez l&apos;historique et réessayez.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the statement names another chain or other contracts than the network you trust; it is not a statement of that network&apos;s payouts.</source>
        <translation>le relevé désigne une autre chaîne ou d&apos;autres contrats que le réseau auquel vous faites confiance ; ce n&apos;est pas un relevé des versements de ce réseau.</translation>
    </message>
    <message>
        <location filename="../core/wallet/vault_audit_store.cpp" line="+75"/>
        <source>the saved report of run %1 in the vault is damaged; run the verification again.</source>
        <translation>le rapport enregistré de la vérification %1 dans le coffre est endommagé ; relancez la vérification.</translation>
    </message>
    <message>
        <location filename="../core/wallet/vault_history_cache.cpp" line="+29"/>
        <source>a history entry has a token id too large to store.</source>
        <translation>une entrée de l&apos;historique a un identifiant de jeton trop grand pour être enregistré.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the vault&apos;s history cache holds an entry that does not parse; it will be scanned again.</source>
        <translation>le cache d&apos;historique du coffre contient une entrée illisible ; elle sera analysée à nouveau.</translation>
    </message>
    <message>
        <location filename="../core/wallet/wallet.cpp" line="+35"/>
        <source>the wallet key is not valid: %1</source>
        <translation>la clé du portefeuille n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read the key file: %1</source>
        <translation>impossible de lire le fichier de clé : %1</translation>
    </message>
</context>
<context>
    <name>zk</name>
    <message>
        <location filename="../core/zk/binfile.cpp" line="+20"/>
        <source>The file is not a proving key (.zkey) (wrong file type). Choose the right file.</source>
        <translation>Le fichier n&apos;est pas une clé de preuve (.zkey) (type de fichier incorrect). Choisissez le bon fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proving key (.zkey) has format version %1, which this version of the app cannot read.</source>
        <translation>La clé de preuve (.zkey) est au format version %1, que cette version de l&apos;application ne peut pas lire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proving key (.zkey) is truncated (section header %1 is missing). Download it again.</source>
        <translation>La clé de preuve (.zkey) est tronquée (l&apos;en-tête de section %1 manque). Téléchargez-la à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proving key (.zkey) is truncated (section %1 is incomplete). Download it again.</source>
        <translation>La clé de preuve (.zkey) est tronquée (la section %1 est incomplète). Téléchargez-la à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proving key (.zkey) is corrupt (section %1 appears twice). Download it again.</source>
        <translation>La clé de preuve (.zkey) est corrompue (la section %1 apparaît deux fois). Téléchargez-la à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proving key (.zkey) is incomplete (section %1 is missing). Download it again.</source>
        <translation>La clé de preuve (.zkey) est incomplète (la section %1 manque). Téléchargez-la à nouveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not a witness file (.wtns) (wrong file type). Choose the right file.</source>
        <translation>Le fichier n&apos;est pas un fichier témoin (.wtns) (type de fichier incorrect). Choisissez le bon fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The witness file (.wtns) has format version %1, which this version of the app cannot read.</source>
        <translation>Le fichier témoin (.wtns) est au format version %1, que cette version de l&apos;application ne peut pas lire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The witness file (.wtns) is truncated (section header %1 is missing). Download it again.</source>
        <translation>Le fichier témoin (.wtns) est tronqué (l&apos;en-tête de section %1 manque). Téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The witness file (.wtns) is truncated (section %1 is incomplete). Download it again.</source>
        <translation>Le fichier témoin (.wtns) est tronqué (la section %1 est incomplète). Téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The witness file (.wtns) is corrupt (section %1 appears twice). Download it again.</source>
        <translation>Le fichier témoin (.wtns) est corrompu (la section %1 apparaît deux fois). Téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The witness file (.wtns) is incomplete (section %1 is missing). Download it again.</source>
        <translation>Le fichier témoin (.wtns) est incomplet (la section %1 manque). Téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../core/zk/groth16.cpp" line="+136"/>
        <source>The system random number generator failed; the proof was not made.</source>
        <translation>Le générateur de nombres aléatoires du système a échoué&#xa0;; la preuve n&apos;a pas été créée.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>The witness has %1 values but the proving key expects %2: the circuit and the proving key do not belong together.</source>
        <translation>Le témoin a %1 valeurs mais la clé de preuve en attend %2&#xa0;: le circuit et la clé de preuve ne vont pas ensemble.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The witness is invalid (its first value must be 1).</source>
        <translation>Le témoin est invalide (sa première valeur doit être 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proof generation was cancelled.</source>
        <translation>La génération de la preuve a été annulée.</translation>
    </message>
    <message>
        <location filename="../core/zk/verified_file.cpp" line="+46"/>
        <source>The expected SHA-256 of %1 is malformed; add the network again from its description.</source>
        <translation>Le SHA-256 attendu de %1 est malformé&#xa0;; ajoutez à nouveau le réseau à partir de sa description.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot hash the circuit file %1.</source>
        <translation>Impossible de calculer le hash du fichier de circuit %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The circuit file %1 does not match its SHA-256 (damaged or replaced); fetch the circuit files again.</source>
        <translation>Le fichier de circuit %1 ne correspond pas à son SHA-256 (endommagé ou remplacé)&#xa0;; récupérez à nouveau les fichiers du circuit.</translation>
    </message>
    <message>
        <location filename="../core/zk/verified_file.h" line="+22"/>
        <source>Cannot read the circuit file %1: %2.</source>
        <translation>Impossible de lire le fichier de circuit %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../core/zk/wasm_interpreter.cpp" line="+35"/>
        <source>WebAssembly trap: unreachable executed.</source>
        <translation>Interruption WebAssembly&#xa0;: instruction unreachable exécutée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WebAssembly trap: call_indirect index out of table bounds.</source>
        <translation>Interruption WebAssembly&#xa0;: index de call_indirect hors des limites de la table.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WebAssembly trap: call_indirect to a null table entry.</source>
        <translation>Interruption WebAssembly&#xa0;: call_indirect vers une entrée de table nulle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WebAssembly trap: call_indirect signature mismatch.</source>
        <translation>Interruption WebAssembly&#xa0;: signature incompatible pour call_indirect.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WebAssembly trap: out of bounds memory access.</source>
        <translation>Interruption WebAssembly&#xa0;: accès mémoire hors limites.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebAssembly trap: integer divide by zero.</source>
        <translation>Interruption WebAssembly&#xa0;: division entière par zéro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebAssembly trap: integer overflow.</source>
        <translation>Interruption WebAssembly&#xa0;: dépassement d&apos;entier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebAssembly trap: call stack exhausted.</source>
        <translation>Interruption WebAssembly&#xa0;: pile d&apos;appels épuisée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebAssembly trap: fuel exhausted.</source>
        <translation>Interruption WebAssembly&#xa0;: carburant (fuel) épuisé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebAssembly trap: cancelled.</source>
        <translation>Interruption WebAssembly&#xa0;: annulé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>WebAssembly trap: %1.</source>
        <translation>Interruption WebAssembly&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The WebAssembly module needs an unknown import %1.</source>
        <translation>Le module WebAssembly nécessite un import inconnu %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The WebAssembly import %1 has an unexpected type.</source>
        <translation>L&apos;import WebAssembly %1 a un type inattendu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The WebAssembly module needs more memory than allowed.</source>
        <translation>Le module WebAssembly nécessite plus de mémoire que la limite autorisée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough memory for the WebAssembly module.</source>
        <translation>Mémoire insuffisante pour le module WebAssembly.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A WebAssembly element segment lies outside the table.</source>
        <translation>Un segment d&apos;éléments WebAssembly se trouve en dehors de la table.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A WebAssembly data segment lies outside the memory.</source>
        <translation>Un segment de données WebAssembly se trouve en dehors de la mémoire.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The WebAssembly module does not export a function named %1.</source>
        <translation>Le module WebAssembly n&apos;exporte aucune fonction nommée %1.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>WebAssembly function index out of range.</source>
        <translation>Index de fonction WebAssembly hors limites.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wrong number of arguments for a WebAssembly function.</source>
        <translation>Nombre d&apos;arguments incorrect pour une fonction WebAssembly.</translation>
    </message>
    <message>
        <location filename="../core/zk/wasm_module.cpp" line="+141"/>
        <source>Invalid WebAssembly module at byte %1: %2</source>
        <translation>Module WebAssembly invalide à l&apos;octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed or truncated i32 constant</source>
        <translation>constante i32 malformée ou tronquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>malformed or truncated i64 constant</source>
        <translation>constante i64 malformée ou tronquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>malformed or truncated branch depth</source>
        <translation>profondeur de branchement malformée ou tronquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many functions</source>
        <translation>trop de fonctions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory instruction without a memory</source>
        <translation>instruction mémoire sans mémoire</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bad limits flag for table</source>
        <translation>indicateur de limites incorrect pour la table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table maximum is below its minimum</source>
        <translation>le maximum de la table est inférieur à son minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table size exceeds the supported limit</source>
        <translation>la taille de la table dépasse la limite prise en charge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bad limits flag for memory</source>
        <translation>indicateur de limites incorrect pour la mémoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory maximum is below its minimum</source>
        <translation>le maximum de la mémoire est inférieur à son minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory size exceeds the supported limit</source>
        <translation>la taille de la mémoire dépasse la limite prise en charge</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>malformed or truncated name length</source>
        <translation>longueur de nom malformée ou tronquée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name runs past the end of the section</source>
        <translation>le nom dépasse la fin de la section</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name is not valid UTF-8</source>
        <translation>le nom n&apos;est pas de l&apos;UTF-8 valide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>malformed or truncated value type</source>
        <translation>type de valeur malformé ou tronqué</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>floating-point value types are not supported (circom does not use them)</source>
        <translation>les types de valeur à virgule flottante ne sont pas pris en charge (circom ne les utilise pas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown value type %1</source>
        <translation>type de valeur inconnu %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>malformed or truncated limits</source>
        <translation>limites malformées ou tronquées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>malformed or truncated limits minimum</source>
        <translation>minimum des limites malformé ou tronqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed or truncated limits maximum</source>
        <translation>maximum des limites malformé ou tronqué</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>malformed or truncated constant expression</source>
        <translation>expression constante malformée ou tronquée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unsupported or mistyped constant expression</source>
        <translation>expression constante non prise en charge ou mal typée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>malformed or truncated constant expression end</source>
        <translation>fin d&apos;expression constante malformée ou tronquée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>constant expression must end after one instruction</source>
        <translation>une expression constante doit se terminer après une instruction</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>module is larger than the allowed %1 bytes</source>
        <translation>le module dépasse la taille autorisée de %1 octets</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a WebAssembly binary (bad magic)</source>
        <translation>ce n&apos;est pas un binaire WebAssembly (mauvais nombre magique)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported WebAssembly version (only 1 is supported)</source>
        <translation>version de WebAssembly non prise en charge (seule la version 1 est prise en charge)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>malformed or truncated section id</source>
        <translation>id de section malformé ou tronqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed or truncated section size</source>
        <translation>taille de section malformée ou tronquée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>section size runs past the end of the module</source>
        <translation>la taille de la section dépasse la fin du module</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown or unsupported section id %1</source>
        <translation>id de section inconnu ou non pris en charge %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>section %1 is out of order or repeated</source>
        <translation>la section %1 est dans le désordre ou répétée</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>section %1 has trailing bytes</source>
        <translation>la section %1 a des octets en trop à la fin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>function section declares bodies that the code section lacks</source>
        <translation>la section des fonctions déclare des corps absents de la section de code</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>malformed or truncated types</source>
        <translation>types malformés ou tronqués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of types exceeds the section size</source>
        <translation>le nombre de types dépasse la taille de la section</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>malformed or truncated function type</source>
        <translation>type de fonction malformé ou tronqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a function type (0x60)</source>
        <translation>type de fonction attendu (0x60)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed or truncated parameters</source>
        <translation>paramètres malformés ou tronqués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of parameters exceeds the section size</source>
        <translation>le nombre de paramètres dépasse la taille de la section</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed or truncated results</source>
        <translation>résultats malformés ou tronqués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of results exceeds the section size</source>
        <translation>le nombre de résultats dépasse la taille de la section</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>functions with more than one result are not supported</source>
        <translation>les fonctions avec plus d&apos;un résultat ne sont pas prises en charge</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>malformed or truncated imports</source>
        <translation>imports malformés ou tronqués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of imports exceeds the section size</source>
        <translation>le nombre d&apos;imports dépasse la taille de la section</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>malformed or truncated import kind</source>
        <translation>type d&apos;import malformé ou tronqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import %1.%2: only function imports are supported</source>
        <translation>import %1.%2&#xa0;: seuls les imports de fonctions sont pris en charge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed or truncated import type index</source>
        <translation>index de type d&apos;import malformé ou tronqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import type index out of range</source>
        <translation>index de type d&apos;import hors limites</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>malformed or truncated functions</source>
        <translation>fonctions malformées ou tronquées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of functions exceeds the section size</source>
        <translation>le nombre de fonctions dépasse la taille de la section</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>malformed or truncated function type index</source>
        <translation>index de type de fonction malformé ou tronqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>function type index out of range</source>
        <translation>index de type de fonction hors limites</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>malformed or truncated tables</source>
        <translation>tables malformées ou tronquées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of tables exceeds the section size</source>
        <translation>le nombre de tables dépasse la taille de la section</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most one table is allowed</source>
        <translation>une seule table au plus est autorisée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed or truncated table element type</source>
        <translation>type d&apos;élément de table malformé ou tronqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table element type must be funcref</source>
        <translation>le type d&apos;élément de table doit être funcref</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>malformed or truncated memories</source>
        <translation>mémoires malformées ou tronquées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of memories exceeds the section size</source>
        <translation>le nombre de mémoires dépasse la taille de la section</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most one memory is allowed</source>
        <translation>une seule mémoire au plus est autorisée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>malformed or truncated globals</source>
        <translation>globales malformées ou tronquées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of globals exceeds the section size</source>
        <translation>le nombre de globales dépasse la taille de la section</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>malformed or truncated global mutability</source>
        <translation>mutabilité de globale malformée ou tronquée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bad global mutability flag</source>
        <translation>indicateur de mutabilité de globale incorrect</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>malformed or truncated exports</source>
        <translation>exports malformés ou tronqués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of exports exceeds the section size</source>
        <translation>le nombre d&apos;exports dépasse la taille de la section</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>malformed or truncated export kind</source>
        <translation>type d&apos;export malformé ou tronqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>malformed or truncated export index</source>
        <translation>index d&apos;export malformé ou tronqué</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exported function index out of range</source>
        <translation>index de fonction exportée hors limites</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exported table index out of range</source>
        <translation>index de table exportée hors limites</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exported memory index out of range</source>
        <translation>index de mémoire exportée hors limites</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exported global index out of range</source>
        <translation>index de globale exportée hors limites</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown export kind</source>
        <translation>type d&apos;export inconnu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>duplicate export name %1</source>
        <translation>nom d&apos;export en double %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>malformed or truncated start function index</source>
        <translation>index de fonction de démarrage malformé ou tronqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start function index out of range</source>
        <translation>index de fonction de démarrage hors limites</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start function must take and return nothing</source>
        <translation>la fonction de démarrage ne doit rien prendre ni rien renvoyer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>malformed or truncated element segments</source>
        <translation>segments d&apos;éléments malformés ou tronqués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of element segments exceeds the section size</source>
        <translation>le nombre de segments d&apos;éléments dépasse la taille de la section</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>malformed or truncated element segment flags</source>
        <translation>indicateurs de segment d&apos;éléments malformés ou tronqués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only MVP active element segments for table 0 are supported</source>
        <translation>seuls les segments d&apos;éléments actifs MVP pour la table 0 sont pris en charge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>element segment without a table</source>
        <translation>segment d&apos;éléments sans table</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>malformed or truncated element functions</source>
        <translation>fonctions d&apos;éléments malformées ou tronquées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of element functions exceeds the section size</source>
        <translation>le nombre de fonctions d&apos;éléments dépasse la taille de la section</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>malformed or truncated element function index</source>
        <translation>index de fonction d&apos;élément malformé ou tronqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>element function index out of range</source>
        <translation>index de fonction d&apos;élément hors limites</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>malformed or truncated data segments</source>
        <translation>segments de données malformés ou tronqués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of data segments exceeds the section size</source>
        <translation>le nombre de segments de données dépasse la taille de la section</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed or truncated data segment flags</source>
        <translation>indicateurs de segment de données malformés ou tronqués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only MVP active data segments for memory 0 are supported</source>
        <translation>seuls les segments de données actifs MVP pour la mémoire 0 sont pris en charge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data segment without a memory</source>
        <translation>segment de données sans mémoire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>malformed or truncated data segment length</source>
        <translation>longueur de segment de données malformée ou tronquée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>data segment runs past the end of the section</source>
        <translation>le segment de données dépasse la fin de la section</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>malformed or truncated function bodies</source>
        <translation>corps de fonctions malformés ou tronqués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of function bodies exceeds the section size</source>
        <translation>le nombre de corps de fonctions dépasse la taille de la section</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>code section count differs from the function section</source>
        <translation>le nombre d&apos;entrées de la section de code diffère de celui de la section des fonctions</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>malformed or truncated function body size</source>
        <translation>taille de corps de fonction malformée ou tronquée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>function body runs past the end of the section</source>
        <translation>le corps de fonction dépasse la fin de la section</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>malformed or truncated local groups</source>
        <translation>groupes de variables locales malformés ou tronqués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of local groups exceeds the section size</source>
        <translation>le nombre de groupes de variables locales dépasse la taille de la section</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed or truncated local count</source>
        <translation>nombre de variables locales malformé ou tronqué</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too many locals</source>
        <translation>trop de variables locales</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>module code too large</source>
        <translation>code du module trop volumineux</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>operand stack underflow</source>
        <translation>dépassement par le bas de la pile d&apos;opérandes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>type mismatch on the operand stack</source>
        <translation>incompatibilité de type sur la pile d&apos;opérandes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>branch depth out of range</source>
        <translation>profondeur de branchement hors limites</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>malformed or truncated instruction</source>
        <translation>instruction malformée ou tronquée</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>malformed or truncated block type</source>
        <translation>type de bloc malformé ou tronqué</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unsupported block type (multi-value and floats are not supported)</source>
        <translation>type de bloc non pris en charge (les valeurs multiples et les flottants ne sont pas pris en charge)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>blocks nested too deeply</source>
        <translation>blocs imbriqués trop profondément</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>else without a matching if</source>
        <translation>else sans if correspondant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>operand stack height mismatch at else</source>
        <translation>hauteur de la pile d&apos;opérandes incohérente au niveau de else</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>operand stack height mismatch at end of block</source>
        <translation>hauteur de la pile d&apos;opérandes incohérente à la fin du bloc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>if with a result needs an else</source>
        <translation>un if avec un résultat nécessite un else</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bytes after the end of the function body</source>
        <translation>octets après la fin du corps de fonction</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>malformed or truncated branch table entries</source>
        <translation>entrées de table de branchement malformées ou tronquées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of branch table entries exceeds the section size</source>
        <translation>le nombre d&apos;entrées de table de branchement dépasse la taille de la section</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>br_table targets have different arities</source>
        <translation>les cibles de br_table ont des arités différentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>br_table targets have different types</source>
        <translation>les cibles de br_table ont des types différents</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>malformed or truncated function index</source>
        <translation>index de fonction malformé ou tronqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>call to a function index out of range</source>
        <translation>appel à un index de fonction hors limites</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>malformed or truncated type index</source>
        <translation>index de type malformé ou tronqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed or truncated table index</source>
        <translation>index de table malformé ou tronqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call_indirect table index must be 0</source>
        <translation>l&apos;index de table de call_indirect doit être 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>call_indirect without a table</source>
        <translation>call_indirect sans table</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>call_indirect type index out of range</source>
        <translation>index de type de call_indirect hors limites</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>malformed or truncated local index</source>
        <translation>index de variable locale malformé ou tronqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>local index out of range</source>
        <translation>index de variable locale hors limites</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>malformed or truncated global index</source>
        <translation>index de globale malformé ou tronqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>global index out of range</source>
        <translation>index de globale hors limites</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>global.set of an immutable global</source>
        <translation>global.set sur une globale immuable</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>malformed or truncated memory index</source>
        <translation>index de mémoire malformé ou tronqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory index must be 0</source>
        <translation>l&apos;index de mémoire doit être 0</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>malformed or truncated memory alignment</source>
        <translation>alignement mémoire malformé ou tronqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed or truncated memory offset</source>
        <translation>décalage mémoire malformé ou tronqué</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>alignment larger than the access width</source>
        <translation>alignement supérieur à la largeur d&apos;accès</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>unsupported instruction %1 (floating point and post-MVP instructions are not supported)</source>
        <translation>instruction non prise en charge %1 (les instructions à virgule flottante et post-MVP ne sont pas prises en charge)</translation>
    </message>
    <message>
        <location filename="../core/zk/witness_calculator.cpp" line="+101"/>
        <source>The circuit rejected the input: %1</source>
        <translation>Le circuit a rejeté l&apos;entrée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The value of input %1 must be an integer below 2^53 or a quoted integer string.</source>
        <translation>La valeur de l&apos;entrée %1 doit être un entier inférieur à 2^53 ou une chaîne d&apos;entier entre guillemets.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The value of input %1 is not an integer (decimal, or hex with 0x).</source>
        <translation>La valeur de l&apos;entrée %1 n&apos;est pas un entier (décimal, ou hexadécimal avec 0x).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The value of input %1 must be a number or a string.</source>
        <translation>La valeur de l&apos;entrée %1 doit être un nombre ou une chaîne de caractères.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Input %1 mixes objects and values in one array.</source>
        <translation>L&apos;entrée %1 mélange des objets et des valeurs dans un même tableau.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The circuit printed an overlong message.</source>
        <translation>Le circuit a affiché un message trop long.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The witness calculator failed: %1</source>
        <translation>Le calculateur de témoin a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The circuit&apos;s .wasm file is damaged or not supported. %1</source>
        <translation>Le fichier .wasm du circuit est endommagé ou n&apos;est pas pris en charge. %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The .wasm file is not a circom 2 witness calculator (circom 1 files are not supported).</source>
        <translation>Le fichier .wasm n&apos;est pas un calculateur de témoin circom 2 (les fichiers circom 1 ne sont pas pris en charge).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The .wasm file is not a circom 2 witness calculator (no %1).</source>
        <translation>Le fichier .wasm n&apos;est pas un calculateur de témoin circom 2 (%1 absent).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The .wasm file is not a circom 2 witness calculator (%1 has an unexpected type).</source>
        <translation>Le fichier .wasm n&apos;est pas un calculateur de témoin circom 2 (%1 a un type inattendu).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The .wasm file is not a circom 2 witness calculator (it has a start function).</source>
        <translation>Le fichier .wasm n&apos;est pas un calculateur de témoin circom 2 (il a une fonction de démarrage).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The circuit&apos;s .wasm file cannot be loaded: %1</source>
        <translation>Le fichier .wasm du circuit ne peut pas être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The circuit was compiled by circom %1, only circom 2 is supported.</source>
        <translation>Le circuit a été compilé par circom %1&#xa0;; seul circom 2 est pris en charge.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The circuit is not for the BN254 scalar field (field size %1 bits).</source>
        <translation>Le circuit n&apos;est pas prévu pour le corps scalaire de BN254 (taille du corps&#xa0;: %1 bits).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The circuit is not for the BN254 scalar field (its prime is %1).</source>
        <translation>Le circuit n&apos;est pas prévu pour le corps scalaire de BN254 (son nombre premier est %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The .wasm file is not a circom 2 witness calculator (it has no wires).</source>
        <translation>Le fichier .wasm n&apos;est pas un calculateur de témoin circom 2 (il n&apos;a aucun fil).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The circuit input is not valid JSON: %1 at offset %2.</source>
        <translation>L&apos;entrée du circuit n&apos;est pas du JSON valide&#xa0;: %1 à la position %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The circuit input must be a JSON object of signal names and values.</source>
        <translation>L&apos;entrée du circuit doit être un objet JSON de noms de signaux et de valeurs.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The witness calculation was cancelled.</source>
        <translation>Le calcul du témoin a été annulé.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1
Circuit log:
%2</source>
        <translation>%1
Journal du circuit&#xa0;:
%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The circuit has no input signal named &quot;%1&quot;.</source>
        <translation>Le circuit n&apos;a aucun signal d&apos;entrée nommé &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Input signal &quot;%1&quot; needs %2 values, the input has %3.</source>
        <translation>Le signal d&apos;entrée &quot;%1&quot; nécessite %2 valeurs, l&apos;entrée en contient %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not all inputs of the circuit are set: %1 of %2 values given.</source>
        <translation>Toutes les entrées du circuit ne sont pas définies&#xa0;: %1 valeurs fournies sur %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The witness calculator returned a value outside the field (wire %1).</source>
        <translation>Le calculateur de témoin a renvoyé une valeur hors du corps (fil %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The witness calculator returned a witness whose wire 0 is not 1.</source>
        <translation>Le calculateur de témoin a renvoyé un témoin dont le fil 0 ne vaut pas 1.</translation>
    </message>
    <message>
        <location filename="../core/zk/wtns.cpp" line="+16"/>
        <source>The witness file is for another field; only BN254 witnesses can be used.</source>
        <translation>Le fichier témoin est prévu pour un autre corps&#xa0;; seuls les témoins BN254 peuvent être utilisés.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The witness file is corrupt (its size does not match its header).</source>
        <translation>Le fichier témoin est corrompu (sa taille ne correspond pas à son en-tête).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The witness file is corrupt (value %1 is not a field element).</source>
        <translation>Le fichier témoin est corrompu (la valeur %1 n&apos;est pas un élément du corps).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The witness file is corrupt (its first value must be 1).</source>
        <translation>Le fichier témoin est corrompu (sa première valeur doit être 1).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot open the witness file %1: %2.</source>
        <translation>Impossible d&apos;ouvrir le fichier témoin %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write the witness file %1: %2.</source>
        <translation>Impossible d&apos;écrire le fichier témoin %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../core/zk/zkey.cpp" line="+33"/>
        <source>The proving key is for another curve; only BN254 (bn128) keys can be used.</source>
        <translation>La clé de preuve est prévue pour une autre courbe&#xa0;; seules les clés BN254 (bn128) peuvent être utilisées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proving key (.zkey) is corrupt: invalid %1. Download it again.</source>
        <translation>La clé de preuve (.zkey) est corrompue&#xa0;: %1 invalide. Téléchargez-la à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proving key (.zkey) is corrupt: invalid point %1 in section %2. Download it again.</source>
        <translation>La clé de preuve (.zkey) est corrompue&#xa0;: point %1 invalide dans la section %2. Téléchargez-la à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proving key (.zkey) is corrupt: coefficient %1 is out of range. Download it again.</source>
        <translation>La clé de preuve (.zkey) est corrompue&#xa0;: le coefficient %1 est hors limites. Téléchargez-la à nouveau.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open the proving key %1: %2.</source>
        <translation>Impossible d&apos;ouvrir la clé de preuve %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 is not a proving key (.zkey).</source>
        <translation>Le fichier %1 n&apos;est pas une clé de preuve (.zkey).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the proving key %1: %2.</source>
        <translation>Impossible de lire la clé de preuve %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The proving key (.zkey) is corrupt: bad header section size. Download it again.</source>
        <translation>La clé de preuve (.zkey) est corrompue&#xa0;: taille de la section d&apos;en-tête incorrecte. Téléchargez-la à nouveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proving key is for another proof system (protocol %1); only Groth16 keys can be used.</source>
        <translation>La clé de preuve est prévue pour un autre système de preuve (protocole %1)&#xa0;; seules les clés Groth16 peuvent être utilisées.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The proving key (.zkey) is corrupt: bad Groth16 header size. Download it again.</source>
        <translation>La clé de preuve (.zkey) est corrompue&#xa0;: taille de l&apos;en-tête Groth16 incorrecte. Téléchargez-la à nouveau.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The proving key (.zkey) is corrupt: inconsistent signal counts. Download it again.</source>
        <translation>La clé de preuve (.zkey) est corrompue&#xa0;: nombres de signaux incohérents. Téléchargez-la à nouveau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The proving key (.zkey) is corrupt: the domain size is not a power of two. Download it again.</source>
        <translation>La clé de preuve (.zkey) est corrompue&#xa0;: la taille du domaine n&apos;est pas une puissance de deux. Téléchargez-la à nouveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proving key&apos;s circuit is too large (more than 2^27 constraints).</source>
        <translation>Le circuit de la clé de preuve est trop grand (plus de 2^27 contraintes).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proving key (.zkey) is corrupt: the domain is smaller than the public inputs. Download it again.</source>
        <translation>La clé de preuve (.zkey) est corrompue&#xa0;: le domaine est plus petit que les entrées publiques. Téléchargez-la à nouveau.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The proving key (.zkey) is corrupt: section %1 has the wrong size. Download it again.</source>
        <translation>La clé de preuve (.zkey) est corrompue&#xa0;: la section %1 n&apos;a pas la bonne taille. Téléchargez-la à nouveau.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The proving key (.zkey) is corrupt: the coefficient section has the wrong size. Download it again.</source>
        <translation>La clé de preuve (.zkey) est corrompue&#xa0;: la section des coefficients n&apos;a pas la bonne taille. Téléchargez-la à nouveau.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The proving key (.zkey) is corrupt: point %1 in section B2 is not in G2. Download it again.</source>
        <translation>La clé de preuve (.zkey) est corrompue&#xa0;: le point %1 de la section B2 n&apos;est pas dans G2. Téléchargez-la à nouveau.</translation>
    </message>
</context>
</TS>
