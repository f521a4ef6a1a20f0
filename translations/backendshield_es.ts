<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="+18"/>
        <source>Activity</source>
        <extracomment>Page heading: log of what the app did</extracomment>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the app did, for support and your own records.</source>
        <translation>Lo que ha hecho la aplicación, para el soporte técnico y sus propios registros.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing has happened yet</source>
        <translation>Todavía no ha ocurrido nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain scans, proofs, transactions and server calls will be listed here with their outcome. The log never contains keys, and you can export it.</source>
        <translation>Aquí se mostrarán los escaneos de la cadena, las pruebas, las transacciones y las llamadas al servidor con su resultado. El registro nunca contiene claves y usted puede exportarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entries appear once a profile is open.</source>
        <translation>Las entradas aparecen en cuanto se abre un perfil.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n entry(s) since the profile was unlocked</source>
        <translation>
            <numerusform>%n entrada desde que se desbloqueó el perfil</numerusform>
            <numerusform>%n entradas desde que se desbloqueó el perfil</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the activity log as CSV</source>
        <translation>Exportar el registro de actividad como CSV</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the activity log</source>
        <translation>Exportar el registro de actividad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported.</source>
        <translation>Exportado.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Activity log</source>
        <translation>Registro de actividad</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>BackupStep</name>
    <message>
        <location filename="../qml/onboarding/BackupStep.qml" line="+12"/>
        <source>Back it up</source>
        <translation>Haga una copia de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An encrypted backup file holds your keys. Keep it away from this computer (a USB stick, a password manager). Its passphrase may be the same as the vault&apos;s.</source>
        <translation>Un archivo de copia de seguridad cifrado contiene sus claves. Guárdelo fuera de este equipo (en una memoria USB, en un gestor de contraseñas). Su frase de contraseña puede ser la misma que la de la bóveda.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save backup…</source>
        <translation>Guardar copia de seguridad…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the backup</source>
        <translation>Guardar la copia de seguridad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup saved to %1</source>
        <translation>Copia de seguridad guardada en %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Circuit files for proofs on this computer</source>
        <translation>Archivos de circuito para las pruebas en este equipo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checked</source>
        <translation>Comprobados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Download and check</source>
        <translation>Descargar y comprobar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SHA-256 checked</source>
        <translation>SHA-256 comprobado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every file matches the hash the network description names.</source>
        <translation>Cada archivo coincide con el hash que indica la descripción de la red.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open my dashboard</source>
        <translation>Abrir mi panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the profile</source>
        <translation>Abrir el perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the backup and open</source>
        <translation>Omitir la copia de seguridad y abrir</translation>
    </message>
</context>
<context>
    <name>ClaimPage</name>
    <message>
        <location filename="../qml/pages/ClaimPage.qml" line="+14"/>
        <location line="+143"/>
        <source>Claim to USDC</source>
        <translation>Retirar a USDC</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Withdraws from your encrypted balance to USDC in your own wallet. Needs only the chain.</source>
        <translation>Retira de su saldo cifrado a USDC en su propia billetera. Solo necesita la cadena.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Amount in USDC</source>
        <translation>Importe en USDC</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All (%1 USDC)</source>
        <translation>Todo (%1 USDC)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To your own address %1 (eERC pays the account that proves).</source>
        <translation>A su propia dirección %1 (eERC paga a la cuenta que aporta la prueba).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A claim makes the claimed amount public on chain: the withdraw states it in clear. Your remaining balance stays encrypted and private.</source>
        <translation>Un retiro hace público en la cadena el importe retirado: la operación de retiro lo indica sin cifrar. Su saldo restante permanece cifrado y privado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preflight</source>
        <translation>Comprobación previa</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Check the claim first: the balance is re-read, the amount checked, and the proof dry-run against the contract.</source>
        <translation>Compruebe primero el retiro: se vuelve a leer el saldo, se comprueba el importe y se simula la prueba contra el contrato.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the claim</source>
        <translation>Comprobar el retiro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Claim</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Progress of the claim</source>
        <translation>Progreso del retiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare</source>
        <translation>Preparar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prove</source>
        <translation>Generar la prueba</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Claimed</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Transaction %1 in block %2, fee %3 %4</source>
        <translation>Transacción %1 en el bloque %2, comisión %3 %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fee paid: %1 %2</source>
        <translation>Comisión pagada: %1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Claims that failed</source>
        <translation>Retiros fallidos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the failed claim %1</source>
        <translation>Borrar el retiro fallido %1</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="+20"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The chain could not be read: %1</source>
        <translation>No se pudo leer la cadena: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The operator&apos;s server did not answer. Your balance and claims do not need it; the earnings breakdown will update when it is back.</source>
        <translation>El servidor del operador no respondió. Su saldo y sus retiros no lo necesitan; el desglose de ingresos se actualizará cuando vuelva a estar disponible.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n payout(s) do not match the operator&apos;s report or the fair-share rule. See Earnings.</source>
        <translation>
            <numerusform>%n pago no coincide con el informe del operador o con la regla de la parte justa. Consulte Ingresos.</numerusform>
            <numerusform>%n pagos no coinciden con el informe del operador o con la regla de la parte justa. Consulte Ingresos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A claim sent earlier is being followed: %1</source>
        <translation>Se está siguiendo un retiro enviado anteriormente: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+188"/>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Recovered: check</source>
        <translation>Recuperado: compruébelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreadable</source>
        <translation>Ilegible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not registered</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Claim…</source>
        <translation>Retirar…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Registration</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Earned this month</source>
        <translation>Ganado este mes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last month: %1</source>
        <translation>Mes pasado: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total earned</source>
        <translation>Total ganado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Claimed: %1</source>
        <translation>Retirado: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cumulative earnings over time</source>
        <translation>Ingresos acumulados a lo largo del tiempo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last payout</source>
        <translation>Último pago</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · cycle %2</source>
        <translation>%1 · ciclo %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No payout yet</source>
        <translation>Aún no hay ningún pago</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Latest cycle</source>
        <translation>Último ciclo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cycle %1 · %2</source>
        <translation>Ciclo %1 · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payout pipeline of the latest cycle</source>
        <translation>Proceso de pago del último ciclo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics submitted</source>
        <translation>Métricas enviadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue calculated</source>
        <translation>Ingresos calculados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment queued</source>
        <translation>Pago en cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earnings available</source>
        <translation>Ingresos disponibles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claimed</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Balance checks</source>
        <translation>Comprobaciones del saldo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every refresh decrypts your balance and checks it against the encrypted balance the contract enforces. A check that gets worse is notified and logged in Activity.</source>
        <translation>Cada actualización descifra su saldo y lo compara con el saldo cifrado que aplica el contrato. Si una comprobación empeora, se le notifica y se registra en Actividad.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No check recorded yet.</source>
        <translation>Aún no hay ninguna comprobación registrada.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Recovered by discrete log</source>
        <translation>Recuperado por logaritmo discreto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 · %2 · %n check(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n comprobación</numerusform>
            <numerusform>%1 · %2 · %n comprobaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../app/gui/format.cpp" line="+97"/>
        <source>under a second</source>
        <translation>menos de un segundo</translation>
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
        <translation>Ingresos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every payout decrypted from the chain and checked against the operator&apos;s report.</source>
        <translation>Cada pago descifrado de la cadena y comparado con el informe del operador.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1, cycle %2</source>
        <translation>%1, ciclo %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 USDC (total %3 USDC)</source>
        <translation>%1: %2 USDC (total %3 USDC)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the period: %1</source>
        <translation>Mostrar el período: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>2026-11-01</source>
        <translation>2026-11-01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day of the period</source>
        <translation>Primer día del período</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>2026-11-30</source>
        <translation>2026-11-30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the period</source>
        <translation>Último día del período</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the custom period</source>
        <translation>Mostrar el período personalizado</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Statement…</source>
        <translation>Extracto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a verifiable statement of earnings</source>
        <translation>Crear un extracto verificable de ingresos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export payouts</source>
        <translation>Exportar los pagos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported.</source>
        <translation>Exportado.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Chart of payouts over time and cumulative earnings</source>
        <translation>Gráfico de los pagos a lo largo del tiempo y de los ingresos acumulados</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>USDC per payout</source>
        <translation>USDC por pago</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>USDC cumulative</source>
        <translation>USDC acumulados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payout</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cumulative</source>
        <translation>Acumulado</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+90"/>
        <source>No payouts in this period.</source>
        <translation>No hay pagos en este período.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Chart of your calls, errors and average response time per cycle</source>
        <translation>Gráfico de sus llamadas, errores y tiempo medio de respuesta por ciclo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Calls and errors</source>
        <translation>Llamadas y errores</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ms average</source>
        <translation>ms de media</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Average response</source>
        <translation>Respuesta media</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The operator&apos;s server does not report usage for these cycles.</source>
        <translation>El servidor del operador no informa del uso de estos ciclos.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your calls / all</source>
        <translation>Sus llamadas / todas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (USDC)</source>
        <translation>Importe (USDC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sort by %1</source>
        <translation>Ordenar por %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Payouts</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No payouts yet.</source>
        <translation>Aún no hay ningún pago.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the transaction hash</source>
        <translation>Copiar el hash de la transacción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Explorer</source>
        <translation>Explorador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the transaction in the explorer</source>
        <translation>Abrir la transacción en el explorador</translation>
    </message>
</context>
<context>
    <name>KeyStep</name>
    <message>
        <location filename="../qml/onboarding/KeyStep.qml" line="+17"/>
        <source>The auditor&apos;s wallet key</source>
        <translation>La clave de la billetera del auditor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operator&apos;s wallet key</source>
        <translation>La clave de la billetera del operador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallet key</source>
        <translation>Clave de la billetera</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the wallet key of the auditor account %1. Its eERC key, derived from it, must be the auditor key of the contract: it decrypts the auditor&apos;s copy of every payout. It never leaves this computer.</source>
        <translation>Importe la clave de la billetera de la cuenta de auditor %1. Su clave eERC, derivada de ella, debe ser la clave de auditor del contrato: descifra la copia del auditor de cada pago. Nunca sale de este equipo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>(named by the network)</source>
        <translation>(indicada por la red)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Import the wallet key of the operator account %1, the account that sends the payouts. It never leaves this computer.</source>
        <translation>Importe la clave de la billetera de la cuenta de operador %1, la cuenta que envía los pagos. Nunca sale de este equipo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your wallet key signs your registration and claims; your eERC decryption key is derived from it. It never leaves this computer.</source>
        <translation>La clave de su billetera firma su registro y sus retiros; su clave de descifrado eERC se deriva de ella. Nunca sale de este equipo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create a new key</source>
        <translation>Crear una clave nueva</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>or import one:</source>
        <translation>o importe una:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Private key, 64 hex digits</source>
        <translation>Clave privada, 64 dígitos hexadecimales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key in hexadecimal</source>
        <translation>Clave privada en hexadecimal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From file…</source>
        <translation>Desde un archivo…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wallet key file</source>
        <translation>Archivo de la clave de la billetera</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New key created</source>
        <translation>Nueva clave creada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key checked against the network</source>
        <translation>Clave comprobada con la red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key imported</source>
        <translation>Clave importada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address %1</source>
        <translation>Dirección %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>Siguiente</translation>
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
        <translation>Panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earnings</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim</source>
        <translation>Retiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage servers</source>
        <translation>Servidores de uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycles</source>
        <translation>Ciclos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>RPC node</source>
        <translation>Nodo RPC</translation>
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
        <translation>Sin red</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Locks after the transaction</source>
        <translation>Se bloquea después de la transacción</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock now; the transaction is followed after the next unlock</source>
        <translation>Bloquear ahora; la transacción se sigue tras el próximo desbloqueo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The transaction stays recorded and is followed to its end after the next unlock.</source>
        <translation>La transacción queda registrada y se sigue hasta su fin tras el próximo desbloqueo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amounts hidden</source>
        <translation>Importes ocultos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide amounts</source>
        <translation>Ocultar importes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mask every amount, e.g. for screen sharing (Ctrl+H)</source>
        <translation>Ocultar todos los importes, p. ej. al compartir la pantalla (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock the open profile</source>
        <translation>Bloquear el perfil abierto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock %1 (Ctrl+L)</source>
        <translation>Bloquear %1 (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No profile is open</source>
        <translation>No hay ningún perfil abierto</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../qml/components/Money.qml" line="+17"/>
        <source>Amount hidden</source>
        <translation>Importe oculto</translation>
    </message>
</context>
<context>
    <name>NetworkStep</name>
    <message>
        <location filename="../qml/onboarding/NetworkStep.qml" line="+17"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Operator server</source>
        <translation>Servidor del operador</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Operator server address</source>
        <translation>Dirección del servidor del operador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RPC node (optional)</source>
        <translation>Nodo RPC (opcional)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the operator&apos;s RPC, or %1</source>
        <translation>el RPC del operador, o %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the operator&apos;s RPC, or e.g. https://api.avax-test.network/ext/bc/C/rpc</source>
        <translation>el RPC del operador, o p. ej. https://api.avax-test.network/ext/bc/C/rpc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RPC node address</source>
        <translation>Dirección del nodo RPC</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allow plain http:// to another computer (unsafe)</source>
        <translation>Permitir http:// sin cifrar hacia otro equipo (no seguro)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (chain %2)</source>
        <translation>%1 (cadena %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RPC %1 · operator %2</source>
        <translation>RPC %1 · operador %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payout token %1 · circuits: %2</source>
        <translation>Token de pago %1 · circuitos: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Warning: </source>
        <translation>Advertencia: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>OnboardingView</name>
    <message>
        <location filename="../qml/views/OnboardingView.qml" line="+14"/>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Restore a profile</source>
        <translation>Restaurar un perfil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Back to unlock</source>
        <translation>Volver al desbloqueo</translation>
    </message>
</context>
<context>
    <name>Operator</name>
    <message>
        <location filename="../app/gui/operator_cycle_detail_model.cpp" line="+54"/>
        <source>Cycle %1: %2, %3 of %4 transfers confirmed</source>
        <translation>Ciclo %1: %2, %3 de %4 transferencias confirmadas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cycle %1: %2</source>
        <translation>Ciclo %1: %2</translation>
    </message>
    <message>
        <location line="+312"/>
        <source>Cycle %1 can no longer be retried; refresh the cycles.</source>
        <translation>El ciclo %1 ya no se puede reintentar; actualice los ciclos.</translation>
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
        <translation>Ciclo %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>, done</source>
        <translation>, terminado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, in progress</source>
        <translation>, en curso</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server says: %1</source>
        <translation>El servidor indica: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pool</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distributed</source>
        <translation>Distribuido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dust kept</source>
        <translation>Residuo retenido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the cycle until it ends</source>
        <translation>Seguir el ciclo hasta que termine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry the failed cycle: its period and pool again; confirmed transfers are not sent twice</source>
        <translation>Reintentar el ciclo fallido: de nuevo su período y su fondo; las transferencias confirmadas no se envían dos veces</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transfers (%1 confirmed of %2)</source>
        <translation>Transferencias (%1 confirmadas de %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No transfer yet.</source>
        <translation>Aún no hay ninguna transferencia.</translation>
    </message>
</context>
<context>
    <name>OperatorCyclesPage</name>
    <message>
        <location filename="../qml/pages/OperatorCyclesPage.qml" line="+19"/>
        <location line="+164"/>
        <source>Cycles</source>
        <translation>Ciclos</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Distribution cycles: the pool of a period shared by the providers&apos; usage, paid in encrypted transfers.</source>
        <translation>Ciclos de distribución: el fondo de un período repartido según el uso de los proveedores y pagado en transferencias cifradas.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the cycles again</source>
        <translation>Volver a leer los ciclos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New cycle…</source>
        <translation>Nuevo ciclo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a new distribution cycle</source>
        <translation>Iniciar un nuevo ciclo de distribución</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Chart of the pool and the number of providers per cycle</source>
        <translation>Gráfico del fondo y del número de proveedores por ciclo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pool (%1)</source>
        <translation>Fondo (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pool</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cycle %1 (%2): %3 %4, %5 providers</source>
        <translation>Ciclo %1 (%2): %3 %4, %5 proveedores</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No cycle yet.</source>
        <translation>Aún no hay ningún ciclo.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Reading the cycles…</source>
        <translation>Leyendo los ciclos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cycle yet. Start one with “New cycle…”.</source>
        <translation>Aún no hay ningún ciclo. Inicie uno con «Nuevo ciclo…».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cycle %1, %2, %3</source>
        <translation>Ciclo %1, %2, %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 providers</source>
        <translation>%1 proveedores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 transfers confirmed</source>
        <translation>%1 transferencias confirmadas</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Select a cycle to see its steps and transfers.</source>
        <translation>Seleccione un ciclo para ver sus pasos y transferencias.</translation>
    </message>
</context>
<context>
    <name>OperatorNewCycleDialog</name>
    <message>
        <location filename="../qml/components/OperatorNewCycleDialog.qml" line="+21"/>
        <source>New cycle</source>
        <translation>Nuevo ciclo</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>From (UTC)</source>
        <translation>Desde (UTC)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start of the period, included</source>
        <translation>Inicio del período, incluido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To (UTC)</source>
        <translation>Hasta (UTC)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>End of the period, excluded</source>
        <translation>Fin del período, excluido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pool (%1)</source>
        <translation>Fondo (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pool in %1, at most %2 decimals</source>
        <translation>Fondo en %1, como máximo %2 decimales</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Funding</source>
        <translation>Financiación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>eERC balance verified</source>
        <translation>Saldo eERC verificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eERC balance recovered</source>
        <translation>Saldo eERC recuperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no eERC key on chain</source>
        <translation>sin clave eERC en la cadena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not read yet</source>
        <translation>aún no leído</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount ciphertexts disagreed with the encrypted balance; the amount comes from the encrypted balance.</source>
        <translation>Los textos cifrados de los importes no coincidían con el saldo cifrado; el importe procede del saldo cifrado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>eERC %1 + wallet %2 − committed to running cycles %3 = available %4 %5</source>
        <translation>eERC %1 + billetera %2 − comprometido en ciclos en curso %3 = disponible %4 %5</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read again</source>
        <translation>Volver a leer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the funding from the chain again</source>
        <translation>Volver a leer la financiación desde la cadena</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Preview (dry run)</source>
        <translation>Vista previa (simulación)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the server what this cycle would pay; nothing is paid</source>
        <translation>Preguntar al servidor qué pagaría este ciclo; no se paga nada</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This period and pool retry the failed cycle %1: transfers it confirmed are not sent again.</source>
        <translation>Este período y este fondo reintentan el ciclo fallido %1: las transferencias que confirmó no se vuelven a enviar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No usage in this period: the cycle would pay nobody and be recorded as skipped.</source>
        <translation>No hay uso en este período: el ciclo no pagaría a nadie y se registraría como omitido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2 providers · %3 calls</source>
        <translation>%1 · %2 proveedores · %3 llamadas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recomputed</source>
        <translation>Recalculado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>differs</source>
        <translation>difiere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all dust: no transfer</source>
        <translation>todo es residuo: sin transferencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dust %1</source>
        <translation>residuo %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The eERC contract keeps %1 decimals: this part of the amount cannot be transferred and stays with the operator.</source>
        <translation>El contrato eERC conserva %1 decimales: esta parte del importe no se puede transferir y se queda con el operador.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sum</source>
        <translation>Suma</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing to pay</source>
        <translation>Nada que pagar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The amounts add up to the pool of %1 %2</source>
        <translation>Los importes suman el fondo de %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amounts do not add up to the pool of %1 %2</source>
        <translation>Los importes no suman el fondo de %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The eERC contract keeps %1 decimals, the token %2: %3 %4 of dust stays with the operator.</source>
        <translation>El contrato eERC conserva %1 decimales, el token %2: %3 %4 de residuo se quedan con el operador.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recomputed on this machine by the revenue rule: identical</source>
        <translation>Recalculado en este equipo según la regla de ingresos: idéntico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recomputed on this machine: it differs from the server&apos;s</source>
        <translation>Recalculado en este equipo: difiere del del servidor</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Needs %1 %2 of the %3 %2 available.</source>
        <translation>Necesita %1 %2 de los %3 %2 disponibles.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Retry cycle</source>
        <translation>Reintentar el ciclo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the previewed cycle: the server pays the providers</source>
        <translation>Iniciar el ciclo de la vista previa: el servidor paga a los proveedores</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close; the cycle goes on on the server</source>
        <translation>Cerrar; el ciclo continúa en el servidor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel; nothing is started</source>
        <translation>Cancelar; no se inicia nada</translation>
    </message>
</context>
<context>
    <name>OperatorProvidersPage</name>
    <message>
        <location filename="../qml/pages/OperatorProvidersPage.qml" line="+20"/>
        <location line="+100"/>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Approve registered providers, suspend or reinstate them; every change is signed with the operator key.</source>
        <translation>Apruebe a los proveedores registrados, suspéndalos o rehabilítelos; cada cambio se firma con la clave del operador.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+202"/>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Integrated</source>
        <translation>Integrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earning revenue</source>
        <translation>Generando ingresos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show providers in state</source>
        <translation>Mostrar los proveedores en el estado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search name, id, address, API or email</source>
        <translation>Buscar nombre, ID, dirección, API o correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search providers</source>
        <translation>Buscar proveedores</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the providers again</source>
        <translation>Volver a leer los proveedores</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered at</source>
        <translation>Registrado el</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the providers…</source>
        <translation>Leyendo los proveedores…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No provider has registered yet.</source>
        <translation>Aún no se ha registrado ningún proveedor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No provider matches the filter.</source>
        <translation>Ningún proveedor coincide con el filtro.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Select a provider to see its registration, usage and payouts.</source>
        <translation>Seleccione un proveedor para ver su registro, su uso y sus pagos.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>eERC key registered on chain</source>
        <translation>Clave eERC registrada en la cadena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No eERC key on chain yet</source>
        <translation>Aún no hay clave eERC en la cadena</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
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
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pricing</source>
        <translation>Precios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+126"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Approve %1: integrated into FlowMCP</source>
        <translation>Aprobar %1: integrado en FlowMCP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suspend…</source>
        <translation>Suspender…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+76"/>
        <source>Suspend %1</source>
        <translation>Suspender %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Reinstate…</source>
        <translation>Rehabilitar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+69"/>
        <source>Reinstate %1</source>
        <translation>Rehabilitar %1</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Usage and payouts</source>
        <translation>Uso y pagos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 cycle</source>
        <translation>1 ciclo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cycles</source>
        <translation>%1 ciclos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 calls · %2 %3 paid</source>
        <translation>%1 llamadas · %2 %3 pagados</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No usage in any cycle yet.</source>
        <translation>Aún no hay uso en ningún ciclo.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 calls (%2) · %3 %4 · %5</source>
        <translation>%1 llamadas (%2) · %3 %4 · %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>paid</source>
        <translation>pagado</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Approve %1</source>
        <translation>Aprobar %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The provider becomes integrated: FlowMCP routes calls to its API and it takes part in the next cycles.</source>
        <translation>El proveedor pasa a estar integrado: FlowMCP dirige las llamadas a su API y el proveedor participa en los próximos ciclos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A suspended provider takes no part in new cycles until it is reinstated. The reason is kept with the change.</source>
        <translation>Un proveedor suspendido no participa en nuevos ciclos hasta que se rehabilite. El motivo se guarda con el cambio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider becomes registered again and needs an approval before it is paid.</source>
        <translation>El proveedor vuelve a estar registrado y necesita una aprobación antes de recibir pagos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason (optional)</source>
        <translation>Motivo (opcional)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the change</source>
        <translation>Motivo del cambio</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Suspend</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reinstate</source>
        <translation>Rehabilitar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the change</source>
        <translation>Cancelar el cambio</translation>
    </message>
</context>
<context>
    <name>OperatorServersPage</name>
    <message>
        <location filename="../qml/pages/OperatorServersPage.qml" line="+18"/>
        <location line="+93"/>
        <source>Usage servers</source>
        <translation>Servidores de uso</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>The FlowMCP servers that report usage; each sends its calls with its own token.</source>
        <translation>Los servidores FlowMCP que informan del uso; cada uno envía sus llamadas con su propio token.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 active, %2 in all</source>
        <translation>%1 activos, %2 en total</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the usage servers again</source>
        <translation>Volver a leer los servidores de uso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New server…</source>
        <translation>Nuevo servidor…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create a usage server</source>
        <translation>Crear un servidor de uso</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the usage servers…</source>
        <translation>Leyendo los servidores de uso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No usage server yet. Create one for each FlowMCP server that reports usage.</source>
        <translation>Aún no hay ningún servidor de uso. Cree uno para cada servidor FlowMCP que informe del uso.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revoke %1</source>
        <translation>Revocar %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New usage server</source>
        <translation>Nuevo servidor de uso</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server gets a token for submitting usage. It is shown once, right after creation.</source>
        <translation>El servidor recibe un token para enviar el uso. Se muestra una sola vez, justo después de crearlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name, e.g. flowmcp-eu-1</source>
        <translation>Nombre, p. ej. flowmcp-eu-1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server name</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the usage server</source>
        <translation>Crear el servidor de uso</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+95"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Cancel creating a server</source>
        <translation>Cancelar la creación del servidor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Token of %1</source>
        <translation>Token de %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This token is shown only now. Copy it into the FlowMCP server&apos;s configuration; BackendShield does not keep it. If it is lost, revoke the server and create a new one.</source>
        <translation>Este token solo se muestra ahora. Cópielo en la configuración del servidor FlowMCP; BackendShield no lo guarda. Si se pierde, revoque el servidor y cree uno nuevo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The new server&apos;s token (%1 characters)</source>
        <translation>El token del nuevo servidor (%1 caracteres)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy the token to the clipboard</source>
        <translation>Copiar el token al portapapeles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have stored it</source>
        <translation>Ya lo he guardado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close; the token is not shown again</source>
        <translation>Cerrar; el token no se vuelve a mostrar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Revoke %1?</source>
        <translation>¿Revocar %1?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server %1 can no longer submit usage: its token is refused from now on. This cannot be undone; a new server gets a new token.</source>
        <translation>El servidor %1 ya no podrá enviar el uso: su token se rechaza a partir de ahora. Esto no se puede deshacer; un servidor nuevo recibe un token nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke the server</source>
        <translation>Revocar el servidor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the server</source>
        <translation>Conservar el servidor</translation>
    </message>
</context>
<context>
    <name>PassphraseStep</name>
    <message>
        <location filename="../qml/onboarding/PassphraseStep.qml" line="+16"/>
        <source>Protect it</source>
        <translation>Protéjalo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>e.g. Acme Weather</source>
        <translation>p. ej. Acme Weather</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase (at least 10 characters)</source>
        <translation>Frase de contraseña (al menos 10 caracteres)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Passphrase strength: %1</source>
        <translation>Solidez de la frase de contraseña: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Confirm the passphrase</source>
        <translation>Confirme la frase de contraseña</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The same passphrase again</source>
        <translation>La misma frase de contraseña otra vez</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create the encrypted vault</source>
        <translation>Crear la bóveda cifrada</translation>
    </message>
</context>
<context>
    <name>Precision</name>
    <message>
        <location filename="../app/gui/format.cpp" line="-28"/>
        <source>Amounts in %1 with all %2 decimals; the contract keeps them exactly.</source>
        <translation>Importes en %1 con sus %2 decimales; el contrato los conserva exactamente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amounts in %1 with all %2 decimals. This network&apos;s contract keeps %3 decimals: it counts in steps of %4 %1, and a payout below that stays with the contract as dust.</source>
        <translation>Importes en %1 con sus %2 decimales. El contrato de esta red conserva %3 decimales: cuenta en pasos de %4 %1, y un pago inferior a eso se queda en el contrato como residuo.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../app/gui/task_progress.cpp" line="+13"/>
        <source>Connecting to the node</source>
        <translation>Conectando con el nodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the chain</source>
        <translation>Leyendo la cadena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decrypting the balance</source>
        <translation>Descifrando el saldo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scanning payouts</source>
        <translation>Escaneando los pagos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking the operator&apos;s server</source>
        <translation>Consultando al servidor del operador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking circuit files: %1</source>
        <translation>Comprobando los archivos de circuito: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the %1 circuit</source>
        <translation>Cargando el circuito %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Following the claim sent earlier</source>
        <translation>Siguiendo el retiro enviado anteriormente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the balance</source>
        <translation>Leyendo el saldo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generating proof %1 %</source>
        <translation>Generando la prueba: %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking with the node</source>
        <translation>Comprobando con el nodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending the transaction</source>
        <translation>Enviando la transacción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for confirmations %1 of %2</source>
        <translation>Esperando confirmaciones: %1 de %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/claim_model.cpp" line="+283"/>
        <source>Balance re-read from the chain</source>
        <translation>Saldo vuelto a leer desde la cadena</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount allowed by the decimals rule</source>
        <translation>Importe permitido por la regla de decimales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dry run of the proof passed</source>
        <translation>Simulación de la prueba superada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network fee</source>
        <translation>Comisión de red</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 will arrive in your wallet</source>
        <translation>%1 %2 llegarán a su billetera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gas estimate %1</source>
        <translation>Estimación de gas: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>at most %1 %2</source>
        <translation>como máximo %1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/earnings_model.cpp" line="+66"/>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Calls: %1 · Out: %2 · Average response: %3 · Errors: %4</source>
        <translation>Llamadas: %1 · Datos enviados: %2 · Respuesta media: %3 · Errores: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not in the operator&apos;s report</source>
        <translation>No figura en el informe del operador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fair share</source>
        <translation>Parte justa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discrepancy</source>
        <translation>Discrepancia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stated amount differs</source>
        <translation>El importe declarado difiere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not on chain</source>
        <translation>No está en la cadena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked</source>
        <translation>No comprobado</translation>
    </message>
    <message>
        <location filename="../app/gui/onboarding.cpp" line="+295"/>
        <source>Checking the RPC node</source>
        <translation>Comprobando el nodo RPC</translation>
    </message>
    <message>
        <location filename="../app/gui/secretfield.cpp" line="+158"/>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use at least 10 characters.</source>
        <translation>Use al menos 10 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This passphrase is easy to guess: make it longer, or use a few unrelated words.</source>
        <translation>Esta frase de contraseña es fácil de adivinar: hágala más larga o use varias palabras sin relación entre sí.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <location filename="../qml/pages/RegistrationPage.qml" line="+28"/>
        <source>Registration</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State with the operator: %1</source>
        <translation>Estado ante el operador: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>With the operator</source>
        <translation>Ante el operador</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Contact email</source>
        <translation>Correo electrónico de contacto</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>API name</source>
        <translation>Nombre de la API</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>API base URL</source>
        <translation>URL base de la API</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Weather</source>
        <translation>Meteorología</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>News</source>
        <translation>Noticias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance</source>
        <translation>Finanzas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Pricing</source>
        <translation>Precios</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Free</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>De pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hybrid</source>
        <translation>Híbrido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This profile has no operator server.</source>
        <translation>Este perfil no tiene servidor del operador.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update registration</source>
        <translation>Actualizar el registro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Register with the operator</source>
        <translation>Registrarse ante el operador</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Provider id %1</source>
        <translation>ID de proveedor %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>On chain</source>
        <translation>En la cadena</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key registered</source>
        <translation>Clave registrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not registered</source>
        <translation>No registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from the eERC registrar contract.</source>
        <translation>Leído del contrato registrador de eERC.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registering publishes your eERC public key with a zero-knowledge proof that you hold its private key. Payouts can only reach a registered key.</source>
        <translation>Al registrarse, se publica su clave pública eERC con una prueba de conocimiento cero de que usted posee su clave privada. Los pagos solo pueden llegar a una clave registrada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Register on chain</source>
        <translation>Registrarse en la cadena</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../qml/auditor/ReportsPage.qml" line="+22"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your saved verification runs, each signed with your wallet key. Export them for others, or check a report someone sent you.</source>
        <translation>Sus ejecuciones de verificación guardadas, cada una firmada con la clave de su billetera. Expórtelas para otras personas o compruebe un informe que alguien le haya enviado.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the saved runs again</source>
        <translation>Volver a leer las ejecuciones guardadas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check a report…</source>
        <translation>Comprobar un informe…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the signature and the sums of a report file</source>
        <translation>Comprobar la firma y las sumas de un archivo de informe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved verification runs</source>
        <translation>Ejecuciones de verificación guardadas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the saved runs…</source>
        <translation>Leyendo las ejecuciones guardadas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No run yet. Run a verification on the Verify page; it is saved here.</source>
        <translation>Aún no hay ninguna ejecución. Ejecute una verificación en la página Verificar; se guardará aquí.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Run %1 · %2</source>
        <translation>Ejecución %1 · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operator&apos;s report not received</source>
        <translation>informe del operador no recibido</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open run %1 on the Verify page</source>
        <translation>Abrir la ejecución %1 en la página Verificar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export run %1 as the signed JSON report</source>
        <translation>Exportar la ejecución %1 como informe JSON firmado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export run %1 as CSV</source>
        <translation>Exportar la ejecución %1 como CSV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export run %1 as a PDF statement</source>
        <translation>Exportar la ejecución %1 como documento PDF</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export the run</source>
        <translation>Exportar la ejecución</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a report (JSON)</source>
        <translation>Elegir un informe (JSON)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports (*.json)</source>
        <translation>Informes (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>RestoreStep</name>
    <message>
        <location filename="../qml/onboarding/RestoreStep.qml" line="+24"/>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup file holds the keys and the profile of a vault. It becomes a new profile on this computer with a new passphrase; the backup stays as it is.</source>
        <translation>Un archivo de copia de seguridad contiene las claves y el perfil de una bóveda. Se convierte en un nuevo perfil en este equipo con una nueva frase de contraseña; la copia de seguridad queda tal como está.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the backup file…</source>
        <translation>Elegir el archivo de copia de seguridad…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No file chosen</source>
        <translation>No se ha elegido ningún archivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup file</source>
        <translation>El archivo de copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BackendShield backups (*.bsbackup)</source>
        <translation>Copias de seguridad de BackendShield (*.bsbackup)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup&apos;s passphrase</source>
        <translation>La frase de contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase the backup was saved with</source>
        <translation>La frase de contraseña con la que se guardó la copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Acme Weather</source>
        <translation>p. ej. Acme Weather</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the restored profile</source>
        <translation>Nombre del perfil restaurado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New vault passphrase (at least 10 characters)</source>
        <translation>Nueva frase de contraseña de la bóveda (al menos 10 caracteres)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New vault passphrase</source>
        <translation>Nueva frase de contraseña de la bóveda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The same passphrase again</source>
        <translation>La misma frase de contraseña otra vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the new passphrase</source>
        <translation>Confirme la nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore and open</source>
        <translation>Restaurar y abrir</translation>
    </message>
</context>
<context>
    <name>RoleStep</name>
    <message>
        <location filename="../qml/onboarding/RoleStep.qml" line="+11"/>
        <source>What do you do?</source>
        <translation>¿A qué se dedica?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provider: I run an API and get paid for its usage</source>
        <translation>Proveedor: gestiono una API y cobro por su uso</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auditor: I check the operator&apos;s totals with the auditor key</source>
        <translation>Auditor: compruebo los totales del operador con la clave de auditor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Operator: I run distributions from the operator&apos;s account</source>
        <translation>Operador: realizo distribuciones desde la cuenta del operador</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You will import the wallet key of that account; it is checked against the network before the vault is made.</source>
        <translation>Importará la clave de la billetera de esa cuenta; se comprueba con la red antes de crear la bóveda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <location filename="../qml/components/SecretInput.qml" line="+20"/>
        <source>Hidden text; only its length is shown</source>
        <translation>Texto oculto; solo se muestra su longitud</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="+12"/>
        <source>Settings</source>
        <extracomment>Page heading for application settings</extracomment>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles, security and appearance.</source>
        <translation>Perfiles, seguridad y apariencia.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No profile is open. A profile holds one wallet, its role and its network, in an encrypted vault on this computer.</source>
        <translation>No hay ningún perfil abierto. Un perfil contiene una billetera, su rol y su red, en una bóveda cifrada en este equipo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (chain %2)</source>
        <translation>%1 (cadena %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RPC node</source>
        <translation>Nodo RPC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator server</source>
        <translation>Servidor del operador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>as the contracts state it</source>
        <translation>tal como la indican los contratos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup and passphrase</source>
        <translation>Copia de seguridad y frase de contraseña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An encrypted backup holds the wallet key and the eERC key. Keep it away from this computer.</source>
        <translation>Una copia de seguridad cifrada contiene la clave de la billetera y la clave eERC. Guárdela fuera de este equipo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back up now…</source>
        <translation>Hacer copia de seguridad ahora…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the backup</source>
        <translation>Guardar la copia de seguridad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New passphrase (at least 10 characters)</source>
        <translation>Nueva frase de contraseña (al menos 10 caracteres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New passphrase again</source>
        <translation>Nueva frase de contraseña otra vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the new passphrase</source>
        <translation>Confirme la nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change passphrase</source>
        <translation>Cambiar frase de contraseña</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backup saved to %1</source>
        <translation>Copia de seguridad guardada en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase changed.</source>
        <translation>Frase de contraseña cambiada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock after idle time (minutes)</source>
        <translation>Bloquear tras un tiempo de inactividad (minutos)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lock after idle time in minutes</source>
        <translation>Bloquear tras un tiempo de inactividad en minutos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start with amounts hidden</source>
        <translation>Iniciar con los importes ocultos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Theme: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+24"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>System language</source>
        <extracomment>Use the operating system&apos;s language</extracomment>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../qml/components/StatementDialog.qml" line="+23"/>
        <source>Statement of earnings</source>
        <translation>Extracto de ingresos</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Proves each payout of the period without revealing your key: a PDF to read and a JSON file that anyone can check against the chain.</source>
        <translation>Demuestra cada pago del período sin revelar su clave: un PDF para leer y un archivo JSON que cualquiera puede comprobar con la cadena.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From (first day)</source>
        <translation>Desde (primer día)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First day of the period</source>
        <translation>Primer día del período</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To (last day)</source>
        <translation>Hasta (último día)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last day of the period</source>
        <translation>Último día del período</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder for the statement files</source>
        <translation>Elegir la carpeta para los archivos del extracto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter both days as YYYY-MM-DD, the first not after the last.</source>
        <translation>Introduzca ambos días como AAAA-MM-DD, sin que el primero sea posterior al último.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make statement</source>
        <translation>Crear extracto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the statement</source>
        <translation>Crear el extracto</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n payout(s), %1, written to %2 and %3. Check the JSON with: bshield statement check --in &lt;file&gt; --rpc &lt;node&gt;</source>
        <translation>
            <numerusform>%n pago, %1, escrito en %2 y %3. Compruebe el JSON con: bshield statement check --in &lt;file&gt; --rpc &lt;node&gt;</numerusform>
            <numerusform>%n pagos, %1, escritos en %2 y %3. Compruebe el JSON con: bshield statement check --in &lt;file&gt; --rpc &lt;node&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The statement could not be made: %1</source>
        <translation>No se pudo crear el extracto: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder for the statement</source>
        <translation>Carpeta para el extracto</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../qml/components/Stepper.qml" line="+39"/>
        <source>%1: done</source>
        <translation>%1: terminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: failed</source>
        <translation>%1: fallido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: in progress</source>
        <translation>%1: en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: ahead</source>
        <translation>%1: pendiente</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <location filename="../qml/components/TaskStatus.qml" line="+40"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel %1</source>
        <translation>Cancelar %1</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../qml/views/UnlockView.qml" line="+43"/>
        <source>Unlock BackendShield</source>
        <translation>Desbloquear BackendShield</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forgot the passphrase? Add the profile again and import your wallet key (or restore a backup with bshield vault restore): your eERC key is derived from the wallet key.</source>
        <translation>¿Ha olvidado la frase de contraseña? Vuelva a añadir el perfil e importe la clave de su billetera (o restaure una copia de seguridad con bshield vault restore): su clave eERC se deriva de la clave de la billetera.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add a profile</source>
        <translation>Añadir un perfil</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../qml/auditor/VerifyPage.qml" line="+26"/>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the operator&apos;s reported distributions against what the chain shows, decrypted with your auditor key.</source>
        <translation>Compare las distribuciones declaradas por el operador con lo que muestra la cadena, descifrado con su clave de auditor.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period to verify</source>
        <translation>Período a verificar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every cycle so far</source>
        <translation>Todos los ciclos hasta ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom dates…</source>
        <translation>Fechas personalizadas…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cycle %1 · %2</source>
        <translation>Ciclo %1 · %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From 2026-11-01</source>
        <translation>Desde 2026-11-01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start of the period, UTC</source>
        <translation>Inicio del período, UTC</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To 2026-11-30</source>
        <translation>Hasta 2026-11-30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the period, UTC</source>
        <translation>Último día del período, UTC</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run verification</source>
        <translation>Ejecutar la verificación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the verification of the chosen period</source>
        <translation>Ejecutar la verificación del período elegido</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The operator&apos;s report could not be read (%1). The payouts the chain shows are listed below.</source>
        <translation>No se pudo leer el informe del operador (%1). A continuación se enumeran los pagos que muestra la cadena.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operator&apos;s report could not be fetched (%1). The payouts the chain shows are listed below.</source>
        <translation>No se pudo obtener el informe del operador (%1). A continuación se enumeran los pagos que muestra la cadena.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clean</source>
        <translation>Sin hallazgos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 high · %2 medium · %3 low</source>
        <translation>%1 altos · %2 medios · %3 bajos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run %1, signed with your wallet key and saved</source>
        <translation>Ejecución %1, firmada con la clave de su billetera y guardada</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reported %1 · decrypted %2 %3</source>
        <translation>Declarado %1 · descifrado %2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paid outside the report: %1 %2</source>
        <translation>Pagado fuera del informe: %1 %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Chart of the reported and the decrypted total per cycle</source>
        <translation>Gráfico del total declarado y del descifrado por ciclo</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+79"/>
        <source>Reported</source>
        <translation>Declarado</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+78"/>
        <source>Decrypted</source>
        <translation>Descifrado</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Cycle %1: reported %2, decrypted %3 %4</source>
        <translation>Ciclo %1: declarado %2, descifrado %3 %4</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report lists no cycle.</source>
        <translation>El informe no incluye ningún ciclo.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run a verification to see the cycles.</source>
        <translation>Ejecute una verificación para ver los ciclos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cycles (%1)</source>
        <translation>Ciclos (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Findings (%1)</source>
        <translation>Hallazgos (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payouts of cycle %1 (%2)</source>
        <translation>Pagos del ciclo %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payouts (%1)</source>
        <translation>Pagos (%1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cycles, reported against the chain</source>
        <translation>Ciclos, lo declarado frente a la cadena</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reported count</source>
        <translation>Número declarado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found count</source>
        <translation>Número encontrado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No cycle to show.</source>
        <translation>No hay ningún ciclo que mostrar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cycle %1: reported %2 in %3 transfers, decrypted %4 in %5; %6. Show its payouts</source>
        <translation>Ciclo %1: declarado %2 en %3 transferencias, descifrado %4 en %5; %6. Mostrar sus pagos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>matches</source>
        <translation>coincide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>findings</source>
        <translation>con hallazgos</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Matches</source>
        <translation>Coincide</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>Findings</source>
        <translation>Con hallazgos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No finding: the chain confirms the report.</source>
        <translation>Ningún hallazgo: la cadena confirma el informe.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No run yet.</source>
        <translation>Aún no hay ninguna ejecución.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+110"/>
        <source>cycle %1</source>
        <translation>ciclo %1</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Copy tx</source>
        <translation>Copiar tx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the transaction hash %1</source>
        <translation>Copiar el hash de la transacción %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+38"/>
        <source>Payouts</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Show the payouts of cycle %1</source>
        <translation>Mostrar los pagos del ciclo %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Payouts of cycle %1</source>
        <translation>Pagos del ciclo %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show all</source>
        <translation>Mostrar todos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the payouts of every cycle</source>
        <translation>Mostrar los pagos de todos los ciclos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No payout to show.</source>
        <translation>No hay ningún pago que mostrar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Payout in block %1 to %2; copy its transaction hash</source>
        <translation>Pago en el bloque %1 a %2; copiar su hash de transacción</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>log %1</source>
        <translation>log %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Block %1 · %2 · to %3</source>
        <translation>Bloque %1 · %2 · a %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>earlier period, cycle %1</source>
        <translation>período anterior, ciclo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not in the report</source>
        <translation>no figura en el informe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not decrypted</source>
        <translation>no descifrado</translation>
    </message>
</context>
<context>
    <name>WelcomeStep</name>
    <message>
        <location filename="../qml/onboarding/WelcomeStep.qml" line="+13"/>
        <source>Welcome to BackendShield</source>
        <translation>Le damos la bienvenida a BackendShield</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your payouts arrive as encrypted eERC transfers: nobody else sees what you earn. This app keeps your keys on this computer, decrypts and checks every payout, and claims your balance to USDC whenever you like, even when the operator&apos;s server is down.</source>
        <translation>Sus pagos llegan como transferencias eERC cifradas: nadie más ve lo que usted gana. Esta aplicación guarda sus claves en este equipo, descifra y comprueba cada pago, y retira su saldo a USDC cuando usted quiera, incluso cuando el servidor del operador no está disponible.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Get started</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore from a backup…</source>
        <translation>Restaurar desde una copia de seguridad…</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../core/audit/canonical_json.cpp" line="+69"/>
        <source>a report member is given twice: %1</source>
        <translation>un miembro del informe aparece dos veces: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the report holds a number that is not an integer below 2^53, which has no canonical form</source>
        <translation>el informe contiene un número que no es un entero menor que 2^53, por lo que no tiene forma canónica</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the report holds a value that has no canonical form</source>
        <translation>el informe contiene un valor que no tiene forma canónica</translation>
    </message>
    <message>
        <location filename="../core/audit/events.h" line="+27"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the auditor&apos;s cache in the vault is damaged (event at block %1, log %2); it is rebuilt from the chain by the next verification.</source>
        <translation>la caché del auditor en la bóveda está dañada (evento en el bloque %1, log %2); se reconstruirá a partir de la cadena en la próxima verificación.</translation>
    </message>
    <message>
        <location filename="../core/audit/reconcile.cpp" line="+173"/>
        <source>The operator&apos;s report counts in units of %1 decimals, but the token on chain has %2; its amounts were read as the token&apos;s units.</source>
        <translation>El informe del operador cuenta en unidades de %1 decimales, pero el token en la cadena tiene %2; sus importes se leyeron como unidades del token.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The report lists transfer %1 log %2 more than once (cycle %3)</source>
        <translation>El informe lista la transferencia %1 log %2 más de una vez (ciclo %3)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The report lists transfer %1 as paid to %2, but on chain it paid %3 (cycle %4)</source>
        <translation>El informe indica la transferencia %1 como pagada a %2, pero en la cadena se pagó a %3 (ciclo %4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The report places transfer %1 in block %2, but it is in block %3 (cycle %4)</source>
        <translation>El informe sitúa la transferencia %1 en el bloque %2, pero está en el bloque %3 (ciclo %4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The report lists transfer %1 log %2, which is not among the operator&apos;s payouts on chain (not looked up further: too many) (cycle %3)</source>
        <translation>El informe lista la transferencia %1 log %2, que no está entre los pagos del operador en la cadena (no se buscó más: demasiados) (ciclo %3)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The report lists transfer %1 log %2, but that transfer was sent by %3, not by the operator (cycle %4)</source>
        <translation>El informe lista la transferencia %1 log %2, pero esa transferencia la envió %3, no el operador (ciclo %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report lists transfer %1 log %2, but that transfer was sent by another account, not by the operator (cycle %3)</source>
        <translation>El informe lista la transferencia %1 log %2, pero esa transferencia la envió otra cuenta, no el operador (ciclo %3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The report lists transfer %1 log %2, made after the blocks this verification read; run it again to include it (cycle %3)</source>
        <translation>El informe lista la transferencia %1 log %2, realizada después de los bloques que leyó esta verificación; ejecútela de nuevo para incluirla (ciclo %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report lists transfer %1 log %2, but that log of the transaction is not an eERC transfer (cycle %3)</source>
        <translation>El informe lista la transferencia %1 log %2, pero ese log de la transacción no es una transferencia eERC (ciclo %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report lists transfer %1 log %2, but no such transaction is on chain (cycle %3)</source>
        <translation>El informe lista la transferencia %1 log %2, pero esa transacción no existe en la cadena (ciclo %3)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The report&apos;s transferCount is %1 but it lists %2 transfers (cycle %3)</source>
        <translation>El transferCount del informe es %1, pero lista %2 transferencias (ciclo %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The report claims %1 transfers; %2 of those listed are the operator&apos;s payouts on chain (cycle %3)</source>
        <translation>El informe declara %1 transferencias; %2 de las listadas son pagos del operador en la cadena (ciclo %3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report claims %1 of dust, but this eERC carries every unit of the token, so nothing can be dust (cycle %2)</source>
        <translation>El informe declara %1 de residuo, pero este eERC transporta cada unidad del token, así que nada puede ser residuo (ciclo %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The report claims %1 distributed; the listed transfers carried %2 (cycle %3)</source>
        <translation>El informe declara %1 distribuidos; las transferencias listadas transportaron %2 (ciclo %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report claims %1 distributed; the listed transfers carried %2 and more that could not be decrypted (cycle %3)</source>
        <translation>El informe declara %1 distribuidos; las transferencias listadas transportaron %2 y otros importes que no se pudieron descifrar (ciclo %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The listed transfers carried %1, more than the pool of %2 (cycle %3)</source>
        <translation>Las transferencias listadas transportaron %1, más que el fondo de %2 (ciclo %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report claims %1 distributed and %2 of dust, more than the pool of %3 (cycle %4)</source>
        <translation>El informe declara %1 distribuidos y %2 de residuo, más que el fondo de %3 (ciclo %4)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The report&apos;s grand total (%1, %2 transfers) is not the sum of its cycles (%3, %4 transfers).</source>
        <translation>El total general del informe (%1, %2 transferencias) no es la suma de sus ciclos (%3, %4 transferencias).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report claims %1 distributed in the period; its listed transfers carried %2.</source>
        <translation>El informe declara %1 distribuidos en el período; sus transferencias listadas transportaron %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report claims %1 transfers in the period; %2 of those listed are the operator&apos;s payouts on chain.</source>
        <translation>El informe declara %1 transferencias en el período; %2 de las listadas son pagos del operador en la cadena.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The report lists deposit %1 more than once.</source>
        <translation>El informe lista el depósito %1 más de una vez.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The report lists deposit %1 of %2, but the operator made no deposit in that transaction.</source>
        <translation>El informe lista el depósito %1 de %2, pero el operador no hizo ningún depósito en esa transacción.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report lists deposit %1 as %2, but it deposited %3.</source>
        <translation>El informe lista el depósito %1 por %2, pero se depositaron %3.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The payout %1 names %2 as its auditor, but the contract&apos;s auditor at that point was %3.</source>
        <translation>El pago %1 indica a %2 como su auditor, pero el auditor del contrato en ese momento era %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The withdraw %1 names %2 as its auditor, but the contract&apos;s auditor at that point was %3.</source>
        <translation>El retiro %1 indica a %2 como su auditor, pero el auditor del contrato en ese momento era %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The burn %1 names %2 as its auditor, but the contract&apos;s auditor at that point was %3.</source>
        <translation>La quema %1 indica a %2 como su auditor, pero el auditor del contrato en ese momento era %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The payout %1 names %2 as its auditor, but the contract&apos;s auditor at that point was not set yet.</source>
        <translation>El pago %1 indica a %2 como su auditor, pero el auditor del contrato aún no estaba establecido en ese momento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The withdraw %1 names %2 as its auditor, but the contract&apos;s auditor at that point was not set yet.</source>
        <translation>El retiro %1 indica a %2 como su auditor, pero el auditor del contrato aún no estaba establecido en ese momento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The burn %1 names %2 as its auditor, but the contract&apos;s auditor at that point was not set yet.</source>
        <translation>La quema %1 indica a %2 como su auditor, pero el auditor del contrato aún no estaba establecido en ese momento.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The auditor ciphertext of payout %1 does not decrypt under this auditor&apos;s key although it names this auditor; its amount cannot be verified.</source>
        <translation>El texto cifrado para el auditor del pago %1 no se descifra con la clave de este auditor aunque indica a este auditor; su importe no se puede verificar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The auditor ciphertext of withdraw %1 does not decrypt under this auditor&apos;s key although it names this auditor; its amount cannot be verified.</source>
        <translation>El texto cifrado para el auditor del retiro %1 no se descifra con la clave de este auditor aunque indica a este auditor; su importe no se puede verificar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The auditor ciphertext of burn %1 does not decrypt under this auditor&apos;s key although it names this auditor; its amount cannot be verified.</source>
        <translation>El texto cifrado para el auditor de la quema %1 no se descifra con la clave de este auditor aunque indica a este auditor; su importe no se puede verificar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The auditor ciphertext of payout %1 was made for %2 (another auditor&apos;s epoch); its amount cannot be verified with this key.</source>
        <translation>El texto cifrado para el auditor del pago %1 se hizo para %2 (la época de otro auditor); su importe no se puede verificar con esta clave.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The auditor ciphertext of withdraw %1 was made for %2 (another auditor&apos;s epoch); its amount cannot be verified with this key.</source>
        <translation>El texto cifrado para el auditor del retiro %1 se hizo para %2 (la época de otro auditor); su importe no se puede verificar con esta clave.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The auditor ciphertext of burn %1 was made for %2 (another auditor&apos;s epoch); its amount cannot be verified with this key.</source>
        <translation>El texto cifrado para el auditor de la quema %1 se hizo para %2 (la época de otro auditor); su importe no se puede verificar con esta clave.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The operator paid %1 to %2 in transaction %3, and the report does not list it.</source>
        <translation>El operador pagó %1 a %2 en la transacción %3, y el informe no lo lista.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The operator paid an amount to %1 in transaction %2, and the report does not list it.</source>
        <translation>El operador pagó un importe a %1 en la transacción %2, y el informe no lo lista.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The operator&apos;s withdraw %1 states %2 but its auditor ciphertext holds %3.</source>
        <translation>El retiro %1 del operador declara %2, pero su texto cifrado para el auditor contiene %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The operator&apos;s withdraw %1 states %2 units but its auditor ciphertext holds %3 units.</source>
        <translation>El retiro %1 del operador declara %2 unidades, pero su texto cifrado para el auditor contiene %3 unidades.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The operator deposited %1 in transaction %2, and the report does not list it.</source>
        <translation>El operador depositó %1 en la transacción %2, y el informe no lo lista.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 received %2 payout but has no key in the eERC registrar.</source>
        <translation>%1 recibió %2 pago, pero no tiene clave en el registrador de eERC.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 received %2 payouts but has no key in the eERC registrar.</source>
        <translation>%1 recibió %2 pagos, pero no tiene clave en el registrador de eERC.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 received %2 payout but is not one of the operator&apos;s providers.</source>
        <translation>%1 recibió %2 pago, pero no es uno de los proveedores del operador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 received %2 payouts but is not one of the operator&apos;s providers.</source>
        <translation>%1 recibió %2 pagos, pero no es uno de los proveedores del operador.</translation>
    </message>
    <message>
        <location filename="../core/audit/report.cpp" line="+255"/>
        <source>the report has an invalid %1 (expected %2); it is not a BackendShield audit report of this version, or it was changed.</source>
        <translation>el informe tiene un valor no válido para %1 (se esperaba %2); no es un informe de auditoría de BackendShield de esta versión, o fue modificado.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a decimal string or null</source>
        <translation>una cadena de texto decimal o null</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a value (null where the schema allows it)</source>
        <translation>un valor (null donde el esquema lo permite)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a block at or after from</source>
        <translation>un bloque igual o posterior a from</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>high, medium or low</source>
        <translation>high, medium o low</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>decrypted or undecryptable</source>
        <translation>decrypted o undecryptable</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cycle, earlier-period or unreported</source>
        <translation>cycle, earlier-period o unreported</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>amounts exactly when the PCT decrypted</source>
        <translation>importes exactamente cuando el PCT se descifró</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a cycle id exactly when the payout is attributed to one</source>
        <translation>un id de ciclo exactamente cuando el pago se atribuye a uno</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>withdraw, burn or deposit</source>
        <translation>withdraw, burn o deposit</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>ok or findings</source>
        <translation>ok o findings</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>clean or findings</source>
        <translation>clean o findings</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>received, unavailable or malformed</source>
        <translation>received, unavailable o malformed</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the amount in eERC units</source>
        <translation>el importe en unidades eERC</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the counts of the findings listed</source>
        <translation>los recuentos de los hallazgos listados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clean exactly when no finding is listed</source>
        <translation>clean exactamente cuando no se lista ningún hallazgo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>0x followed by 130 hex digits</source>
        <translation>0x seguido de 130 dígitos hexadecimales</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the report is larger than %1 MiB; it is not a report this program wrote.</source>
        <translation>el informe supera los %1 MiB; no es un informe escrito por este programa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the report&apos;s amountDecimals does not add up; it was changed after it was made.</source>
        <translation>el campo amountDecimals del informe no cuadra; el informe se modificó después de crearse.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the report&apos;s list of payouts (one payout is listed twice), which does not add up; it was changed after it was made.</source>
        <translation>la lista de pagos del informe (un pago aparece dos veces) no cuadra; el informe se modificó después de crearse.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the report&apos;s list of cycles (a cycle is listed twice), which does not add up; it was changed after it was made.</source>
        <translation>la lista de ciclos del informe (un ciclo aparece dos veces) no cuadra; el informe se modificó después de crearse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the report&apos;s cycle %1 (decrypted total or count) does not add up; it was changed after it was made.</source>
        <translation>el ciclo %1 del informe (total descifrado o recuento) no cuadra; el informe se modificó después de crearse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the report&apos;s cycle %1 (completeness) does not add up; it was changed after it was made.</source>
        <translation>el ciclo %1 del informe (completitud) no cuadra; el informe se modificó después de crearse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the report&apos;s cycle %1 (dust beyond what its transfers can round away) does not add up; it was changed after it was made.</source>
        <translation>el ciclo %1 del informe (residuo mayor del que sus transferencias pueden redondear) no cuadra; el informe se modificó después de crearse.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the report&apos;s payout list (a payout names a cycle that is not listed), which does not add up; it was changed after it was made.</source>
        <translation>la lista de pagos del informe (un pago indica un ciclo que no está listado) no cuadra; el informe se modificó después de crearse.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the report&apos;s decrypted total of the period does not add up; it was changed after it was made.</source>
        <translation>el total descifrado del período en el informe no cuadra; el informe se modificó después de crearse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the report&apos;s dust of the period does not add up; it was changed after it was made.</source>
        <translation>el residuo del período en el informe no cuadra; el informe se modificó después de crearse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the report&apos;s total of unreported payouts does not add up; it was changed after it was made.</source>
        <translation>el total de pagos no declarados en el informe no cuadra; el informe se modificó después de crearse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the report&apos;s total of withdrawals, burns or deposits does not add up; it was changed after it was made.</source>
        <translation>el total de retiros, quemas o depósitos en el informe no cuadra; el informe se modificó después de crearse.</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>the report is not a JSON object; it is not a BackendShield audit report.</source>
        <translation>el informe no es un objeto JSON; no es un informe de auditoría de BackendShield.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the report is not signed.</source>
        <translation>el informe no está firmado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the report&apos;s signature does not match its content: it was changed after it was signed, or the signature is not the stated signer&apos;s.</source>
        <translation>la firma del informe no coincide con su contenido: se modificó después de firmarse, o la firma no es del firmante indicado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the report is signed by %1, not by the auditor it names (%2).</source>
        <translation>el informe está firmado por %1, no por el auditor que indica (%2).</translation>
    </message>
    <message>
        <location filename="../core/audit/scanner.cpp" line="+97"/>
        <source>the RPC node at %1 answered with a log of another account than the operator&apos;s (block %2, transaction %3, log %4); it is broken or not telling the truth: use another node. Nothing was stored.</source>
        <translation>el nodo RPC en %1 respondió con un log de una cuenta distinta de la del operador (bloque %2, transacción %3, log %4); está averiado o no dice la verdad: use otro nodo. No se guardó nada.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the RPC node at %1 answered with a log that was not asked for (block %2, transaction %3, log %4); it is broken or not telling the truth: use another node. Nothing was stored.</source>
        <translation>el nodo RPC en %1 respondió con un log que no se había solicitado (bloque %2, transacción %3, log %4); está averiado o no dice la verdad: use otro nodo. No se guardó nada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the RPC node at %1 answered with a log that does not decode as %2 (block %3, transaction %4, log %5); it is broken or not telling the truth: use another node. Nothing was stored.</source>
        <translation>el nodo RPC en %1 respondió con un log que no se decodifica como %2 (bloque %3, transacción %4, log %5); está averiado o no dice la verdad: use otro nodo. No se guardó nada.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>the RPC node at %1 answered with two different logs at block %2, log %3; use another node. Nothing was stored.</source>
        <translation>el nodo RPC en %1 respondió con dos logs distintos en el bloque %2, log %3; use otro nodo. No se guardó nada.</translation>
    </message>
    <message>
        <location filename="../core/audit/store.cpp" line="+24"/>
        <source>an audit scan tried to store an event outside the blocks it scanned</source>
        <translation>un escaneo de auditoría intentó guardar un evento fuera de los bloques que escaneó</translation>
    </message>
    <message>
        <location filename="../core/audit/verifier.cpp" line="+170"/>
        <source>the network does not name the operator&apos;s account; use a network description from the operator&apos;s GET /network.</source>
        <translation>la red no indica la cuenta del operador; use una descripción de red obtenida del GET /network del operador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the period must end after it starts.</source>
        <translation>el período debe terminar después de empezar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The network names no operator server.</source>
        <translation>La red no indica ningún servidor del operador.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The operator&apos;s report could not be read: %1 The chain was still read: its payouts are listed, none could be held against a report.</source>
        <translation>No se pudo leer el informe del operador: %1 Aun así se leyó la cadena: sus pagos se listan, pero ninguno pudo cotejarse con un informe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The operator&apos;s report could not be fetched: %1 The chain was still read: its payouts are listed, none could be held against a report.</source>
        <translation>No se pudo obtener el informe del operador: %1 Aun así se leyó la cadena: sus pagos se listan, pero ninguno pudo cotejarse con un informe.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The operator&apos;s report names %1 and its key as the auditor, but the contract&apos;s auditor is %2.</source>
        <translation>El informe del operador indica a %1 y su clave como auditor, pero el auditor del contrato es %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The operator&apos;s report names %1 and its key as the auditor, but the contract&apos;s auditor is %2 with no key set.</source>
        <translation>El informe del operador indica a %1 y su clave como auditor, pero el auditor del contrato es %2, sin clave establecida.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The operator&apos;s list of providers could not be read (%1); recipients were not checked against it.</source>
        <translation>No se pudo leer la lista de proveedores del operador (%1); los destinatarios no se cotejaron con ella.</translation>
    </message>
</context>
<context>
    <name>bs::gui::AccountModel</name>
    <message>
        <location filename="../app/gui/account_model.cpp" line="+37"/>
        <source>Not synced</source>
        <translation>No sincronizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to date at block %1</source>
        <translation>Actualizado en el bloque %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not registered</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>registered</source>
        <translation>registrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integrated</source>
        <translation>integrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>earning revenue</source>
        <translation>generando ingresos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suspended</source>
        <translation>suspendido</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Register your key on chain to receive payouts.</source>
        <translation>Registre su clave en la cadena para recibir pagos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No payout has reached this address yet (block %1).</source>
        <translation>Aún no ha llegado ningún pago a esta dirección (bloque %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decrypted with your key and checked against the encrypted (ElGamal) balance on chain at block %1.</source>
        <translation>Descifrado con su clave y comparado con el saldo cifrado (ElGamal) en la cadena en el bloque %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The amounts stored for you add up to %1, but the encrypted balance the contract enforces is %2 (block %3). The value shown is the enforced one.</source>
        <translation>Los importes guardados para usted suman %1, pero el saldo cifrado que aplica el contrato es %2 (bloque %3). El valor mostrado es el que aplica el contrato.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your encrypted balance at block %1 could not be read with this key. Check that the profile&apos;s key is the registered one.</source>
        <translation>Su saldo cifrado en el bloque %1 no se pudo leer con esta clave. Compruebe que la clave del perfil es la registrada.</translation>
    </message>
</context>
<context>
    <name>bs::gui::ActivityModel</name>
    <message>
        <location filename="../app/gui/activity_model.cpp" line="+73"/>
        <source>Chain</source>
        <translation>Cadena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proof</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+3"/>
        <source>The file cannot be written: %1</source>
        <translation>No se puede escribir el archivo: %1</translation>
    </message>
</context>
<context>
    <name>bs::gui::AuditFindingRows</name>
    <message>
        <location filename="../app/gui/audit_results.cpp" line="+131"/>
        <source>High</source>
        <extracomment>Severity of an audit finding: money unaccounted for or misreported</extracomment>
        <translation>Alta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low</source>
        <extracomment>Severity of an audit finding: context only</extracomment>
        <translation>Baja</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>block %1</source>
        <translation>bloque %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>log %1</source>
        <translation>log %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reported %1</source>
        <translation>declarado %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>found %1</source>
        <translation>encontrado %1</translation>
    </message>
</context>
<context>
    <name>bs::gui::AuditRunModel</name>
    <message>
        <location filename="../app/gui/audit_run_model.cpp" line="+27"/>
        <source>Fetching the operator&apos;s report</source>
        <translation>Obteniendo el informe del operador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scanning the chain: %1 of %2 blocks</source>
        <extracomment>Progress of a verification: blocks of the chain read so far</extracomment>
        <translation>Escaneando la cadena: %1 de %2 bloques</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decrypting %1 of %2</source>
        <extracomment>Progress of a verification: auditor ciphertexts decrypted so far</extracomment>
        <translation>Descifrando %1 de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comparing the report with the chain</source>
        <translation>Comparando el informe con la cadena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing and saving the report</source>
        <translation>Firmando y guardando el informe</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Every cycle so far</source>
        <translation>Todos los ciclos hasta ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until %1 UTC</source>
        <translation>Hasta %1 UTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1 UTC</source>
        <translation>Desde %1 UTC</translation>
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
        <translation>Bloques escaneados del %1 al %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; no block lies in the period</source>
        <translation>; ningún bloque se encuentra en el período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; audited %1 to %2</source>
        <translation>; auditados del %1 al %2</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>“%1” is not a date; write it as 2026-11-30 or 2026-11-30 14:00 (UTC).</source>
        <translation>«%1» no es una fecha; escríbala como 2026-11-30 o 2026-11-30 14:00 (UTC).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The end of the period must be after its start.</source>
        <translation>El fin del período debe ser posterior a su inicio.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
</context>
<context>
    <name>bs::gui::BalanceChecksModel</name>
    <message>
        <location filename="../app/gui/integrity_model.cpp" line="+27"/>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recovered by discrete log</source>
        <translation>recuperado por logaritmo discreto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your balance was %1 at the last check and is %2 now. See the Dashboard.</source>
        <translation>Su saldo era %1 en la última comprobación y ahora es %2. Consulte el Panel.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>block %1</source>
        <translation>bloque %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocks %1–%2</source>
        <translation>bloques %1–%2</translation>
    </message>
</context>
<context>
    <name>bs::gui::ClaimModel</name>
    <message>
        <location filename="../app/gui/claim_model.cpp" line="-154"/>
        <source>The proof takes about %1 on this machine; then the network confirms the claim.</source>
        <translation>La prueba tarda unos %1 en este equipo; después, la red confirma el retiro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About %1: the proof takes about %2 on this machine, the network&apos;s confirmation about %3.</source>
        <translation>Unos %1: la prueba tarda unos %2 en este equipo y la confirmación de la red, unos %3.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Following the claim sent earlier</source>
        <translation>Siguiendo el retiro enviado anteriormente</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Checking the claim</source>
        <translation>Comprobando el retiro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Preparing the claim</source>
        <translation>Preparando el retiro</translation>
    </message>
</context>
<context>
    <name>bs::gui::CycleDetailModel</name>
    <message>
        <location filename="../app/gui/operator_cycle_detail_model.cpp" line="-292"/>
        <source>Collecting metrics</source>
        <translation>Recopilando métricas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calculating revenue</source>
        <translation>Calculando ingresos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generating proofs</source>
        <translation>Generando pruebas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distributing payments</source>
        <translation>Distribuyendo pagos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Queued</source>
        <extracomment>A payout transfer&apos;s state: waiting to be sent</extracomment>
        <translation>En cola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>Checking the funding for the retry of %1</source>
        <translation>Comprobando la financiación para reintentar %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Starting cycle %1 again</source>
        <translation>Iniciando de nuevo el ciclo %1</translation>
    </message>
</context>
<context>
    <name>bs::gui::CyclesModel</name>
    <message>
        <location filename="../app/gui/operator_cycles_model.cpp" line="+57"/>
        <source>Collecting metrics</source>
        <translation>Recopilando métricas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calculating revenue</source>
        <translation>Calculando ingresos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generating proofs</source>
        <translation>Generando pruebas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distributing payments</source>
        <translation>Distribuyendo pagos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped (no usage)</source>
        <extracomment>A cycle without any usage in its period: nothing was paid</extracomment>
        <translation>Omitido (sin uso)</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Reading the cycles</source>
        <translation>Leyendo los ciclos</translation>
    </message>
</context>
<context>
    <name>bs::gui::EarningsModel</name>
    <message>
        <location filename="../app/gui/earnings_model.cpp" line="+81"/>
        <location line="+3"/>
        <source>The file cannot be written: %1</source>
        <translation>No se puede escribir el archivo: %1</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Enter both dates as year-month-day, like 2026-11-30.</source>
        <translation>Introduzca ambas fechas como año-mes-día, por ejemplo 2026-11-30.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period ends before it starts: swap the dates.</source>
        <translation>El período termina antes de empezar: intercambie las fechas.</translation>
    </message>
</context>
<context>
    <name>bs::gui::NewCycleModel</name>
    <message>
        <location filename="../app/gui/operator_new_cycle_model.cpp" line="+314"/>
        <source>Reading the funding from the chain</source>
        <translation>Leyendo la financiación desde la cadena</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter the start and the end of the period, e.g. 2026-11-01T00:00:00Z.</source>
        <translation>Introduzca el inicio y el fin del período, p. ej. 2026-11-01T00:00:00Z.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start: %1</source>
        <translation>Inicio: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End: %1</source>
        <translation>Fin: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the pool in %1, e.g. 100 or 12.5.</source>
        <translation>Introduzca el fondo en %1, p. ej. 100 o 12.5.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Checking the period and the funding</source>
        <translation>Comprobando el período y la financiación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the period again.</source>
        <translation>Vuelva a introducir el período.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asking the operator&apos;s server for a dry run</source>
        <translation>Pidiendo una simulación al servidor del operador</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Starting cycle %1 again</source>
        <translation>Iniciando de nuevo el ciclo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting the cycle</source>
        <translation>Iniciando el ciclo</translation>
    </message>
</context>
<context>
    <name>bs::gui::Notifier</name>
    <message>
        <location filename="../app/gui/notifier.cpp" line="+51"/>
        <source>Balance check</source>
        <translation>Comprobación del saldo</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n new payout(s) arrived.</source>
        <translation>
            <numerusform>Ha llegado %n pago nuevo.</numerusform>
            <numerusform>Han llegado %n pagos nuevos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new payout(s): %1 USDC.</source>
        <translation>
            <numerusform>%n pago nuevo: %1 USDC.</numerusform>
            <numerusform>%n pagos nuevos: %1 USDC.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New payout</source>
        <translation>Nuevo pago</translation>
    </message>
</context>
<context>
    <name>bs::gui::Onboarding</name>
    <message>
        <location filename="../app/gui/onboarding.cpp" line="-213"/>
        <source>Give the profile a name, e.g. your company&apos;s.</source>
        <translation>Dé un nombre al perfil, p. ej. el de su empresa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most 60 characters.</source>
        <translation>Como máximo 60 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile with this name exists already.</source>
        <translation>Ya existe un perfil con este nombre.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your operator&apos;s server address on this network and, if you like, your own RPC node.</source>
        <translation>La dirección del servidor de su operador en esta red y, si lo desea, su propio nodo RPC.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Local devnet</source>
        <translation>Devnet local</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The devnet started by devnet/devnet up on this computer.</source>
        <translation>La devnet iniciada con devnet/devnet up en este equipo.</translation>
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
        <translation>Personalizada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your operator&apos;s server address and, if you like, your own RPC node.</source>
        <translation>La dirección del servidor de su operador y, si lo desea, su propio nodo RPC.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Connect to the network first: the key is checked against the account it names.</source>
        <translation>Conéctese primero a la red: la clave se comprueba con la cuenta que esta indica.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking the key against the network</source>
        <translation>Comprobando la clave con la red</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Asking the operator&apos;s server</source>
        <translation>Consultando al servidor del operador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>enter the operator&apos;s address, e.g. https://shield.example.org/api/v1.</source>
        <translation>introduzca la dirección del operador, p. ej. https://shield.example.org/api/v1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this operator&apos;s network is chain %1, not %2 (chain %3); check the address, or choose Custom to use it anyway.</source>
        <translation>la red de este operador es la cadena %1, no %2 (cadena %3); compruebe la dirección o elija Personalizada para usarla de todos modos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the operator names no RPC node; enter the address of one.</source>
        <translation>el operador no indica ningún nodo RPC; introduzca la dirección de uno.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>That is not a wallet key: enter the 64 hexadecimal digits of the private key (0x optional).</source>
        <translation>Eso no es una clave de billetera: introduzca los 64 dígitos hexadecimales de la clave privada (0x opcional).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter a passphrase.</source>
        <translation>Introduzca una frase de contraseña.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Creating the encrypted vault</source>
        <translation>Creando la bóveda cifrada</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Writing the backup</source>
        <translation>Escribiendo la copia de seguridad</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fetching the circuit files</source>
        <translation>Obteniendo los archivos de circuito</translation>
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
        <translation>No se contabilizó ningún uso en este período: no hay nada que pagar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operator&apos;s payment run failed; the operator can retry it. Nothing is lost: transfers already confirmed are not sent again.</source>
        <translation>La ejecución de pagos del operador falló; el operador puede reintentarla. No se pierde nada: las transferencias ya confirmadas no se vuelven a enviar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The usage servers are submitting this period&apos;s calls.</source>
        <translation>Los servidores de uso están enviando las llamadas de este período.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operator is computing every provider&apos;s fair share.</source>
        <translation>El operador está calculando la parte justa de cada proveedor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your encrypted payment is queued, proved and sent.</source>
        <translation>Su pago cifrado se pone en cola, se genera su prueba y se envía.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by the operator; waiting for the chain to show it in your balance.</source>
        <translation>Pagado por el operador; esperando a que la cadena lo muestre en su saldo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In your encrypted balance; claim it to USDC when you like.</source>
        <translation>En su saldo cifrado; retírelo a USDC cuando quiera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claimed to USDC since it arrived.</source>
        <translation>Retirado a USDC tras su llegada.</translation>
    </message>
</context>
<context>
    <name>bs::gui::ProviderDetailModel</name>
    <message>
        <location filename="../app/gui/operator_provider_detail_model.cpp" line="+196"/>
        <source>Reading the usage and payouts of %1</source>
        <translation>Leyendo el uso y los pagos de %1</translation>
    </message>
</context>
<context>
    <name>bs::gui::ProviderPages</name>
    <message>
        <location filename="../app/gui/provider_pages.cpp" line="+66"/>
        <source>Reading the chain</source>
        <translation>Leyendo la cadena</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>bs::gui::ProvidersModel</name>
    <message>
        <location filename="../app/gui/operator_providers_model.cpp" line="+63"/>
        <source>Registered</source>
        <extracomment>A provider&apos;s state: registered, waiting for the operator&apos;s approval</extracomment>
        <translation>Registrado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integrated</source>
        <extracomment>A provider&apos;s state: approved and wired into FlowMCP</extracomment>
        <translation>Integrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earning revenue</source>
        <translation>Generando ingresos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Reading the providers</source>
        <translation>Leyendo los proveedores</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Say why the provider is suspended.</source>
        <translation>Indique por qué se suspende al proveedor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say why the provider is reinstated.</source>
        <translation>Indique por qué se rehabilita al proveedor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most 500 characters (%1 now).</source>
        <translation>Como máximo 500 caracteres (ahora %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the reason on one line.</source>
        <translation>Escriba el motivo en una sola línea.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown action.</source>
        <translation>Acción desconocida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provider %1 is not in the list; refresh it.</source>
        <translation>El proveedor %1 no está en la lista; actualícela.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Approving %1</source>
        <translation>Aprobando %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspending %1</source>
        <translation>Suspendiendo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reinstating %1</source>
        <translation>Rehabilitando %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is approved (integrated).</source>
        <translation>%1 está aprobado (integrado).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is suspended.</source>
        <translation>%1 está suspendido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is reinstated (registered).</source>
        <translation>%1 está rehabilitado (registrado).</translation>
    </message>
</context>
<context>
    <name>bs::gui::RegistrationModel</name>
    <message>
        <location filename="../app/gui/registration_model.cpp" line="+37"/>
        <source>Key registered on chain</source>
        <translation>Clave registrada en la cadena</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered with the operator</source>
        <translation>Registrado ante el operador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrated into FlowMCP</source>
        <translation>Integrado en FlowMCP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Earning revenue</source>
        <translation>Generando ingresos</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Enter the name users see.</source>
        <translation>Introduzca el nombre que ven los usuarios.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most 100 characters.</source>
        <translation>Como máximo 100 caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an email address, e.g. ops@example.com.</source>
        <translation>Introduzca una dirección de correo electrónico, p. ej. ops@example.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2 to 63 lower-case letters, digits or hyphens, e.g. acme-weather.</source>
        <translation>De 2 a 63 letras minúsculas, dígitos o guiones, p. ej. acme-weather.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the API&apos;s https:// address, e.g. https://api.example.com.</source>
        <translation>Introduzca la dirección https:// de la API, p. ej. https://api.example.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a category.</source>
        <translation>Elija una categoría.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a pricing model.</source>
        <translation>Elija un modelo de precios.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Registering with the operator</source>
        <translation>Registrándose ante el operador</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Preparing the registration</source>
        <translation>Preparando el registro</translation>
    </message>
</context>
<context>
    <name>bs::gui::ReportListModel</name>
    <message>
        <location filename="../app/gui/audit_report_list_model.cpp" line="+88"/>
        <source>Every cycle</source>
        <translation>Todos los ciclos</translation>
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
        <translation>hasta el bloque %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no block in the period (scanned to %1)</source>
        <translation>ningún bloque en el período (escaneado hasta %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocks %1 to %2</source>
        <translation>bloques del %1 al %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clean</source>
        <translation>Sin hallazgos</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n hallazgo</numerusform>
            <numerusform>%n hallazgos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the saved runs</source>
        <translation>Leyendo las ejecuciones guardadas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exporting run %1</source>
        <translation>Exportando la ejecución %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run %1 is not in this vault any more; read the list again.</source>
        <translation>La ejecución %1 ya no está en esta bóveda; vuelva a leer la lista.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checking %1</source>
        <translation>Comprobando %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than any report; choose the report&apos;s JSON file.</source>
        <translation>%1 es más grande que cualquier informe; elija el archivo JSON del informe.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signed by the auditor %1; the sums hold. The run found nothing wrong.</source>
        <translation>Firmado por el auditor %1; las sumas cuadran. La ejecución no encontró nada incorrecto.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Signed by the auditor %1; the sums hold. The run found %n finding(s).</source>
        <translation>
            <numerusform>Firmado por el auditor %1; las sumas cuadran. La ejecución encontró %n hallazgo.</numerusform>
            <numerusform>Firmado por el auditor %1; las sumas cuadran. La ejecución encontró %n hallazgos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This report does not hold: %1</source>
        <translation>Este informe no es válido: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/audit_report_pdf.cpp" line="+45"/>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Verification of the operator&apos;s distributions</source>
        <translation>Verificación de las distribuciones del operador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clean: the chain confirms the operator&apos;s report.</source>
        <translation>Sin hallazgos: la cadena confirma el informe del operador.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n finding(s): %1 high, %2 medium, %3 low.</source>
        <translation>
            <numerusform>%n hallazgo: %1 de gravedad alta, %2 media y %3 baja.</numerusform>
            <numerusform>%n hallazgos: %1 de gravedad alta, %2 media y %3 baja.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>received from %1</source>
        <translation>recibido de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be used (%1): %2</source>
        <translation>no se pudo usar (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocks scanned</source>
        <translation>Bloques escaneados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocks audited</source>
        <translation>Bloques auditados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none in the period</source>
        <translation>ninguno en el período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain</source>
        <translation>Cadena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eERC contract</source>
        <translation>Contrato eERC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registrar</source>
        <translation>Registrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator&apos;s report</source>
        <translation>Informe del operador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its SHA-256</source>
        <translation>Su SHA-256</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported total</source>
        <translation>Total declarado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decrypted total</source>
        <translation>Total descifrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dust</source>
        <translation>Residuo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payouts</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, of which %2 unreported</source>
        <translation>%1, de los cuales %2 no declarados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Per cycle</source>
        <translation>Por ciclo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report lists no cycle.</source>
        <translation>El informe no incluye ningún ciclo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period (UTC)</source>
        <translation>Período (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reported</source>
        <translation>Declarado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decrypted</source>
        <translation>Descifrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported count</source>
        <translation>Número declarado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found count</source>
        <translation>Número encontrado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>matches</source>
        <translation>coincide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>findings</source>
        <translation>con hallazgos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cycle %1</source>
        <translation>ciclo %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature (EIP-191)</source>
        <translation>Firma (EIP-191)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHA-256 of the signed JSON report</source>
        <translation>SHA-256 del informe JSON firmado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This statement is a reading of the signed JSON report. Anyone can check that report without a key: bshield audit report-check --in &lt;report.json&gt;.</source>
        <translation>Este documento es una lectura del informe JSON firmado. Cualquiera puede comprobar ese informe sin clave: bshield audit report-check --in &lt;report.json&gt;.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Verification report</source>
        <translation>Informe de verificación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PDF could not be made.</source>
        <translation>No se pudo crear el PDF.</translation>
    </message>
</context>
<context>
    <name>bs::gui::RestoreModel</name>
    <message>
        <location filename="../app/gui/restore_model.cpp" line="+58"/>
        <source>Enter a passphrase.</source>
        <translation>Introduzca una frase de contraseña.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Restoring the backup</source>
        <translation>Restaurando la copia de seguridad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decrypting the backup and writing the new vault (about a second or two)</source>
        <translation>Descifrando la copia de seguridad y escribiendo la nueva bóveda (uno o dos segundos)</translation>
    </message>
</context>
<context>
    <name>bs::gui::Session</name>
    <message>
        <location filename="../app/gui/session.cpp" line="+118"/>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Writing the backup</source>
        <translation>Escribiendo la copia de seguridad</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter a passphrase.</source>
        <translation>Introduzca una frase de contraseña.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Changing the passphrase</source>
        <translation>Cambiando la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>bs::gui::StatementModel</name>
    <message>
        <location filename="../app/gui/statement_model.cpp" line="+106"/>
        <location line="+44"/>
        <source>Statement of earnings</source>
        <translation>Extracto de ingresos</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Account: %1</source>
        <translation>Cuenta: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period: %1 to %2</source>
        <translation>Período: %1 a %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain %1, eERC contract %2</source>
        <translation>Cadena %1, contrato eERC %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bars: each payout. Line: cumulative earnings.</source>
        <translation>Barras: cada pago. Línea: ingresos acumulados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Total: %1 in %n payout(s)</source>
        <translation>
            <numerusform>Total: %1 en %n pago</numerusform>
            <numerusform>Total: %1 en %n pagos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every payout in this statement comes with a proof, in the JSON file made with it, that the encrypted amount on chain is the amount shown, without revealing the account&apos;s key. Anyone can check it: bshield statement check --in &lt;file&gt; --rpc &lt;node&gt;.</source>
        <translation>Cada pago de este extracto va acompañado de una prueba, en el archivo JSON creado junto con él, de que el importe cifrado en la cadena es el importe mostrado, sin revelar la clave de la cuenta. Cualquiera puede comprobarla: bshield statement check --in &lt;file&gt; --rpc &lt;node&gt;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file %1 exists and cannot be replaced; choose another folder.</source>
        <translation>el archivo %1 ya existe y no se puede sustituir; elija otra carpeta.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the PDF could not be written to %1; choose a folder you can write to.</source>
        <translation>no se pudo escribir el PDF en %1; elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Proving the payouts</source>
        <translation>Generando las pruebas de los pagos</translation>
    </message>
</context>
<context>
    <name>bs::gui::Task</name>
    <message>
        <location filename="../app/gui/task.cpp" line="+53"/>
        <source>internal error: %1</source>
        <translation>error interno: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
</context>
<context>
    <name>bs::gui::UsageServersModel</name>
    <message>
        <location filename="../app/gui/operator_servers_model.cpp" line="+57"/>
        <source>Active</source>
        <extracomment>A usage server&apos;s state: its token is accepted / refused</extracomment>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Reading the usage servers</source>
        <translation>Leyendo los servidores de uso</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter a name, e.g. flowmcp-eu-1.</source>
        <translation>Introduzca un nombre, p. ej. flowmcp-eu-1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most 100 characters (%1 now).</source>
        <translation>Como máximo 100 caracteres (ahora %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the name on one line.</source>
        <translation>Escriba el nombre en una sola línea.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Creating the usage server</source>
        <translation>Creando el servidor de uso</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Usage server %1 created.</source>
        <translation>Servidor de uso %1 creado.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Revoking %1</source>
        <translation>Revocando %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Usage server %1 revoked: its token is refused from now on.</source>
        <translation>Servidor de uso %1 revocado: su token se rechaza a partir de ahora.</translation>
    </message>
</context>
<context>
    <name>chain</name>
    <message>
        <location filename="../core/chain/abi.cpp" line="+20"/>
        <source>The ABI type &quot;%1&quot; is not valid: it is nested too deeply.</source>
        <translation>El tipo ABI &quot;%1&quot; no es válido: está anidado con demasiada profundidad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ABI type &quot;%1&quot; is not valid: it is too large.</source>
        <translation>El tipo ABI &quot;%1&quot; no es válido: es demasiado grande.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The ABI type &quot;%1&quot; is not valid: empty tuples are not allowed.</source>
        <translation>El tipo ABI &quot;%1&quot; no es válido: no se permiten tuplas vacías.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The ABI type &quot;%1&quot; is not valid: expected &apos;,&apos; or &apos;)&apos;.</source>
        <translation>El tipo ABI &quot;%1&quot; no es válido: se esperaba &apos;,&apos; o &apos;)&apos;.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The ABI type &quot;%1&quot; is not valid: a &apos;[&apos; is not closed.</source>
        <translation>El tipo ABI &quot;%1&quot; no es válido: hay un &apos;[&apos; sin cerrar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The ABI type &quot;%1&quot; is not valid: a fixed array length must be 1..%2 without leading zeros.</source>
        <translation>El tipo ABI &quot;%1&quot; no es válido: la longitud de un array fijo debe ser 1..%2 sin ceros a la izquierda.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The ABI type &quot;%1&quot; is not valid: a type is missing.</source>
        <translation>El tipo ABI &quot;%1&quot; no es válido: falta un tipo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ABI type &quot;%1&quot; is not valid: &quot;%2&quot; is not a canonical ABI type.</source>
        <translation>El tipo ABI &quot;%1&quot; no es válido: &quot;%2&quot; no es un tipo ABI canónico.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Cannot encode the contract call: a %1 value has %2 bytes.</source>
        <translation>No se puede codificar la llamada al contrato: un valor %1 tiene %2 bytes.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot encode the contract call: a string is not valid UTF-8.</source>
        <translation>No se puede codificar la llamada al contrato: una cadena de texto no es UTF-8 válido.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot encode the contract call: a %1 value has %2 elements.</source>
        <translation>No se puede codificar la llamada al contrato: un valor %1 tiene %2 elementos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot encode the contract call: a %1 value has %2 components.</source>
        <translation>No se puede codificar la llamada al contrato: un valor %1 tiene %2 componentes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot encode the contract call: unknown type.</source>
        <translation>No se puede codificar la llamada al contrato: tipo desconocido.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot encode the contract call: a value does not fit in %1.</source>
        <translation>No se puede codificar la llamada al contrato: un valor no cabe en %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot encode the contract call: a %1 parameter got the value %2.</source>
        <translation>No se puede codificar la llamada al contrato: un parámetro %1 recibió el valor %2.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The contract data could not be decoded (the data is shorter than its heads); check that the RPC endpoint and contract address are right.</source>
        <translation>No se pudieron decodificar los datos del contrato (los datos son más cortos que sus cabeceras); compruebe que el endpoint RPC y la dirección del contrato sean correctos.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The contract data could not be decoded (an offset is out of range); check that the RPC endpoint and contract address are right.</source>
        <translation>No se pudieron decodificar los datos del contrato (un desplazamiento está fuera de rango); compruebe que el endpoint RPC y la dirección del contrato sean correctos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The contract data could not be decoded (an offset points outside its data area); check that the RPC endpoint and contract address are right.</source>
        <translation>No se pudieron decodificar los datos del contrato (un desplazamiento apunta fuera de su área de datos); compruebe que el endpoint RPC y la dirección del contrato sean correctos.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The contract data could not be decoded (a %1 value has dirty high bits); check that the RPC endpoint and contract address are right.</source>
        <translation>No se pudieron decodificar los datos del contrato (un valor %1 tiene bits altos no nulos); compruebe que el endpoint RPC y la dirección del contrato sean correctos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The contract data could not be decoded (a %1 value is not sign-extended); check that the RPC endpoint and contract address are right.</source>
        <translation>No se pudieron decodificar los datos del contrato (un valor %1 no tiene extensión de signo); compruebe que el endpoint RPC y la dirección del contrato sean correctos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The contract data could not be decoded (an address has dirty high bytes); check that the RPC endpoint and contract address are right.</source>
        <translation>No se pudieron decodificar los datos del contrato (una dirección tiene bytes altos no nulos); compruebe que el endpoint RPC y la dirección del contrato sean correctos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The contract data could not be decoded (a bool is neither 0 nor 1); check that the RPC endpoint and contract address are right.</source>
        <translation>No se pudieron decodificar los datos del contrato (un bool no es ni 0 ni 1); compruebe que el endpoint RPC y la dirección del contrato sean correctos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The contract data could not be decoded (a %1 value has dirty padding); check that the RPC endpoint and contract address are right.</source>
        <translation>No se pudieron decodificar los datos del contrato (un valor %1 tiene un relleno no nulo); compruebe que el endpoint RPC y la dirección del contrato sean correctos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The contract data could not be decoded (a length is out of range); check that the RPC endpoint and contract address are right.</source>
        <translation>No se pudieron decodificar los datos del contrato (una longitud está fuera de rango); compruebe que el endpoint RPC y la dirección del contrato sean correctos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The contract data could not be decoded (a byte string is longer than the data); check that the RPC endpoint and contract address are right.</source>
        <translation>No se pudieron decodificar los datos del contrato (una cadena de bytes es más larga que los datos); compruebe que el endpoint RPC y la dirección del contrato sean correctos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The contract data could not be decoded (a byte string&apos;s padding is missing); check that the RPC endpoint and contract address are right.</source>
        <translation>No se pudieron decodificar los datos del contrato (falta el relleno de una cadena de bytes); compruebe que el endpoint RPC y la dirección del contrato sean correctos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The contract data could not be decoded (a byte string has dirty padding); check that the RPC endpoint and contract address are right.</source>
        <translation>No se pudieron decodificar los datos del contrato (una cadena de bytes tiene un relleno no nulo); compruebe que el endpoint RPC y la dirección del contrato sean correctos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The contract data could not be decoded (a string is not valid UTF-8); check that the RPC endpoint and contract address are right.</source>
        <translation>No se pudieron decodificar los datos del contrato (una cadena de texto no es UTF-8 válido); compruebe que el endpoint RPC y la dirección del contrato sean correctos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The contract data could not be decoded (an array length is out of range); check that the RPC endpoint and contract address are right.</source>
        <translation>No se pudieron decodificar los datos del contrato (la longitud de un array está fuera de rango); compruebe que el endpoint RPC y la dirección del contrato sean correctos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The contract data could not be decoded (an array is longer than the data); check that the RPC endpoint and contract address are right.</source>
        <translation>No se pudieron decodificar los datos del contrato (un array es más largo que los datos); compruebe que el endpoint RPC y la dirección del contrato sean correctos.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The contract data could not be decoded (unknown type); check that the RPC endpoint and contract address are right.</source>
        <translation>No se pudieron decodificar los datos del contrato (tipo desconocido); compruebe que el endpoint RPC y la dirección del contrato sean correctos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The contract data could not be decoded (the data is truncated); check that the RPC endpoint and contract address are right.</source>
        <translation>No se pudieron decodificar los datos del contrato (los datos están truncados); compruebe que el endpoint RPC y la dirección del contrato sean correctos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The contract data could not be decoded (it reuses the same data too often); check that the RPC endpoint and contract address are right.</source>
        <translation>No se pudieron decodificar los datos del contrato (se reutilizan los mismos datos demasiadas veces); compruebe que el endpoint RPC y la dirección del contrato sean correctos.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The function signature &quot;%1&quot; is not valid: it must start with a name</source>
        <translation>La firma de función &quot;%1&quot; no es válida: debe empezar por un nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The function signature &quot;%1&quot; is not valid: expected name(type,...)</source>
        <translation>La firma de función &quot;%1&quot; no es válida: se esperaba nombre(tipo,...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The function signature &quot;%1&quot; is not valid: %2</source>
        <translation>La firma de función &quot;%1&quot; no es válida: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The event signature &quot;%1&quot; is not valid: it must start with a name</source>
        <translation>La firma de evento &quot;%1&quot; no es válida: debe empezar por un nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event signature &quot;%1&quot; is not valid: expected name(type,...)</source>
        <translation>La firma de evento &quot;%1&quot; no es válida: se esperaba nombre(tipo,...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event signature &quot;%1&quot; is not valid: %2</source>
        <translation>La firma de evento &quot;%1&quot; no es válida: %2</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>The ABI type &quot;%1&quot; is not valid: unexpected text after the type.</source>
        <translation>El tipo ABI &quot;%1&quot; no es válido: hay texto inesperado después del tipo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The ABI type &quot;%1&quot; is not valid: expected &apos;,&apos; between types.</source>
        <translation>El tipo ABI &quot;%1&quot; no es válido: se esperaba &apos;,&apos; entre los tipos.</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>Cannot encode the contract call: expected %1 values, got %2.</source>
        <translation>No se puede codificar la llamada al contrato: se esperaban %1 valores y se recibieron %2.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The transaction data is not a call of %1 (its selector differs).</source>
        <translation>Los datos de la transacción no son una llamada a %1 (su selector es distinto).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The event %1 has %2 parameters but %3 indexed flags.</source>
        <translation>El evento %1 tiene %2 parámetros, pero %3 indicadores de indexación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event %1 has more than 3 indexed parameters.</source>
        <translation>El evento %1 tiene más de 3 parámetros indexados.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The log is not a %1 event (its topic differs).</source>
        <translation>El registro no es un evento %1 (su tema es distinto).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 log has %2 topics instead of %3.</source>
        <translation>El registro %1 tiene %2 temas en lugar de %3.</translation>
    </message>
    <message>
        <location filename="../core/chain/eth_client.cpp" line="+21"/>
        <source>the node sent a malformed chain id; it may be faulty or not an Ethereum node.</source>
        <translation>el nodo envió un ID de cadena mal formado; puede estar defectuoso o no ser un nodo de Ethereum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the node sent a malformed block number; it may be faulty or not an Ethereum node.</source>
        <translation>el nodo envió un número de bloque mal formado; puede estar defectuoso o no ser un nodo de Ethereum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node sent a malformed block; it may be faulty or not an Ethereum node.</source>
        <translation>el nodo envió un bloque mal formado; puede estar defectuoso o no ser un nodo de Ethereum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the node sent a malformed block timestamp; it may be faulty or not an Ethereum node.</source>
        <translation>el nodo envió una marca de tiempo de bloque mal formada; puede estar defectuoso o no ser un nodo de Ethereum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the node sent a malformed balance; it may be faulty or not an Ethereum node.</source>
        <translation>el nodo envió un saldo mal formado; puede estar defectuoso o no ser un nodo de Ethereum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the node sent a malformed transaction count; it may be faulty or not an Ethereum node.</source>
        <translation>el nodo envió un recuento de transacciones mal formado; puede estar defectuoso o no ser un nodo de Ethereum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node sent a malformed call result; it may be faulty or not an Ethereum node.</source>
        <translation>el nodo envió un resultado de llamada mal formado; puede estar defectuoso o no ser un nodo de Ethereum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the node sent a malformed gas estimate; it may be faulty or not an Ethereum node.</source>
        <translation>el nodo envió una estimación de gas mal formada; puede estar defectuoso o no ser un nodo de Ethereum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the node sent a malformed fee history; it may be faulty or not an Ethereum node.</source>
        <translation>el nodo envió un historial de comisiones mal formado; puede estar defectuoso o no ser un nodo de Ethereum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node sent a malformed base fee; it may be faulty or not an Ethereum node.</source>
        <translation>el nodo envió una comisión base mal formada; puede estar defectuoso o no ser un nodo de Ethereum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the node sent a malformed fee reward; it may be faulty or not an Ethereum node.</source>
        <translation>el nodo envió una recompensa de comisión mal formada; puede estar defectuoso o no ser un nodo de Ethereum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the node sent a malformed priority fee; it may be faulty or not an Ethereum node.</source>
        <translation>el nodo envió una comisión de prioridad mal formada; puede estar defectuoso o no ser un nodo de Ethereum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node sent a malformed transaction hash; it may be faulty or not an Ethereum node.</source>
        <translation>el nodo envió un hash de transacción mal formado; puede estar defectuoso o no ser un nodo de Ethereum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node sent a malformed transaction; it may be faulty or not an Ethereum node.</source>
        <translation>el nodo envió una transacción mal formada; puede estar defectuoso o no ser un nodo de Ethereum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node sent a malformed transaction receipt; it may be faulty or not an Ethereum node.</source>
        <translation>el nodo envió un recibo de transacción mal formado; puede estar defectuoso o no ser un nodo de Ethereum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the node sent a malformed log in a receipt; it may be faulty or not an Ethereum node.</source>
        <translation>el nodo envió un registro mal formado en un recibo; puede estar defectuoso o no ser un nodo de Ethereum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the node sent a malformed log list; it may be faulty or not an Ethereum node.</source>
        <translation>el nodo envió una lista de registros mal formada; puede estar defectuoso o no ser un nodo de Ethereum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the node sent a malformed log; it may be faulty or not an Ethereum node.</source>
        <translation>el nodo envió un registro mal formado; puede estar defectuoso o no ser un nodo de Ethereum.</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>the node refused the request: %1</source>
        <translation>el nodo rechazó la solicitud: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the node does not know a block that it reported a log in; it may be out of sync.</source>
        <translation>el nodo no conoce un bloque en el que indicó un registro; puede que no esté sincronizado.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the transaction would fail: %1</source>
        <translation>la transacción fallaría: %1</translation>
    </message>
    <message>
        <location filename="../core/chain/json_fields.cpp" line="+42"/>
        <source>one JSON object</source>
        <translation>un objeto JSON</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a non-empty string</source>
        <translation>una cadena de texto no vacía</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a string or null</source>
        <translation>una cadena de texto o null</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>a non-negative integer in range</source>
        <translation>un entero no negativo dentro del rango</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a decimal string of an integer below 2^256</source>
        <translation>una cadena decimal de un entero menor que 2^256</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an address, 0x followed by 40 hex digits with a valid checksum</source>
        <translation>una dirección, 0x seguido de 40 dígitos hexadecimales con una suma de verificación válida</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a BabyJubJub subgroup point [&quot;x&quot;, &quot;y&quot;] in decimal</source>
        <translation>un punto del subgrupo de BabyJubJub [&quot;x&quot;, &quot;y&quot;] en decimal</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>an RFC 3339 time such as 2026-11-01T00:00:00Z</source>
        <translation>una hora RFC 3339, como 2026-11-01T00:00:00Z</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>0x followed by 64 hex digits</source>
        <translation>0x seguido de 64 dígitos hexadecimales</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an http:// or https:// URL</source>
        <translation>una URL http:// o https://</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <location filename="../core/chain/json_rpc.cpp" line="+34"/>
        <source>the node refused access (HTTP %1): check the URL and any API key (%2)</source>
        <translation>el nodo denegó el acceso (HTTP %1): compruebe la URL y la clave de API, si la hay (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no JSON-RPC endpoint at this URL (HTTP 404): check the path (%1)</source>
        <translation>no hay ningún endpoint JSON-RPC en esta URL (HTTP 404): compruebe la ruta (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the node is rate limiting us (HTTP 429): try again later (%1)</source>
        <translation>el nodo está limitando nuestras solicitudes (HTTP 429): inténtelo de nuevo más tarde (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node answered HTTP %1 instead of JSON-RPC (%2)</source>
        <translation>el nodo respondió HTTP %1 en lugar de JSON-RPC (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the node reported error %1</source>
        <translation>el nodo informó del error %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the node&apos;s answer is not a JSON-RPC 2.0 response to our request</source>
        <translation>la respuesta del nodo no es una respuesta JSON-RPC 2.0 a nuestra solicitud</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the node sent a malformed error object</source>
        <translation>el nodo envió un objeto de error mal formado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the node&apos;s answer has neither a result nor an error</source>
        <translation>la respuesta del nodo no tiene ni resultado ni error</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 did not answer in time</source>
        <translation>%1 no respondió a tiempo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot use %1 (%2)</source>
        <translation>no se puede usar %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot reach %1 (%2)</source>
        <translation>no se puede conectar con %1 (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 did not answer with JSON</source>
        <translation>%1 no respondió con JSON</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the node answered a single call with a batch</source>
        <translation>el nodo respondió a una llamada individual con un lote</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the node&apos;s batch answer is not an array</source>
        <translation>la respuesta por lotes del nodo no es un array</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the node&apos;s batch answer has unknown or repeated ids</source>
        <translation>la respuesta por lotes del nodo tiene ids desconocidos o repetidos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the node&apos;s batch answer misses a reply</source>
        <translation>a la respuesta por lotes del nodo le falta una respuesta</translation>
    </message>
    <message>
        <location filename="../core/chain/json_rpc.h" line="+32"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer of %1 is larger than allowed</source>
        <translation>la respuesta de %1 es mayor de lo permitido</translation>
    </message>
    <message>
        <location filename="../core/chain/log_scanner.cpp" line="+64"/>
        <source>reading events of blocks %1-%2 failed: %3</source>
        <translation>la lectura de los eventos de los bloques %1-%2 falló: %3</translation>
    </message>
    <message>
        <location filename="../core/chain/network.cpp" line="+25"/>
        <source>the operator&apos;s GET /network answer has an invalid %1 (expected %2); tell the operator, their server or its configuration is broken.</source>
        <translation>la respuesta de GET /network del operador tiene un campo %1 no válido (se esperaba %2); avise al operador: su servidor o su configuración no funciona correctamente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the network description has an invalid %1 (expected %2); use the network file the devnet or the operator published.</source>
        <translation>la descripción de la red tiene un campo %1 no válido (se esperaba %2); use el archivo de red que publicó la devnet o el operador.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>a url for the wasm and the zkey</source>
        <translation>una URL para el wasm y el zkey</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a sha256 of 64 lower-case hex digits for the wasm and the zkey</source>
        <translation>un sha256 de 64 dígitos hexadecimales en minúscula para el wasm y el zkey</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>a chain id other than 0</source>
        <translation>un ID de cadena distinto de 0</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the network description cannot be used: %1.</source>
        <translation>la descripción de la red no se puede usar: %1.</translation>
    </message>
    <message>
        <location filename="../core/chain/revert.cpp" line="+34"/>
        <source>The contract rejected the proof: the balance changed since it was read, the auditor key changed, or the proof is wrong; read the balance again and retry.</source>
        <translation>El contrato rechazó la prueba: el saldo cambió desde que se leyó, la clave del auditor cambió o la prueba es incorrecta; vuelva a leer el saldo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account or the recipient is not registered with the eERC registrar; register it first.</source>
        <translation>La cuenta o el destinatario no está registrado en el registrador de eERC; regístrelo primero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proof was made for another chain; check that the network of the profile is the contract&apos;s network.</source>
        <translation>La prueba se generó para otra cadena; compruebe que la red del perfil sea la red del contrato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mint proof&apos;s nullifier is invalid or was already used; build a new mint proof.</source>
        <translation>El nullifier de la prueba de acuñación no es válido o ya se usó; genere una nueva prueba de acuñación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contract does not allow this operation in its mode (converter or standalone).</source>
        <translation>El contrato no permite esta operación en su modo (conversor o independiente).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token transfer failed: the contract did not receive the exact amount (tokens that charge transfer fees are not supported).</source>
        <translation>La transferencia del token falló: el contrato no recibió el importe exacto (no se admiten tokens que cobran comisiones por transferencia).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token is not known to the eERC contract: nothing of it was ever deposited.</source>
        <translation>El contrato eERC no conoce el token: nunca se depositó nada de él.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The zero address was given where a real address is needed.</source>
        <translation>Se indicó la dirección cero donde se necesita una dirección real.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token %1 is blacklisted by the contract owner, so it cannot be deposited.</source>
        <translation>El propietario del contrato ha incluido el token %1 en la lista negra, por lo que no se puede depositar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registration proof was made for another address than the sending account.</source>
        <translation>La prueba de registro se generó para una dirección distinta de la cuenta que envía.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registration hash in the proof is out of range; build the registration proof again.</source>
        <translation>El hash de registro de la prueba está fuera de rango; vuelva a generar la prueba de registro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account is already registered with this key.</source>
        <translation>Esta cuenta ya está registrada con esta clave.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account is not allowed to do this.</source>
        <translation>La cuenta no tiene permiso para hacer esto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contract has no auditor key yet; the contract owner must set the auditor first.</source>
        <translation>El contrato aún no tiene clave de auditor; el propietario del contrato debe configurar primero el auditor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account %1 is not the contract owner, so it may not do this.</source>
        <translation>La cuenta %1 no es la propietaria del contrato, por lo que no puede hacer esto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address %1 cannot become the contract owner.</source>
        <translation>La dirección %1 no puede convertirse en la propietaria del contrato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token contract %1 refused the transfer (check the balance and the allowance).</source>
        <translation>El contrato del token %1 rechazó la transferencia (compruebe el saldo y el importe autorizado).</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>The contract hit an internal error: an unknown internal error (panic code %1).</source>
        <translation>El contrato sufrió un error interno: un error interno desconocido (código de pánico %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The contract hit an internal error: a generic compiler-inserted error (panic code %1).</source>
        <translation>El contrato sufrió un error interno: un error genérico insertado por el compilador (código de pánico %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contract hit an internal error: an assertion failed (panic code %1).</source>
        <translation>El contrato sufrió un error interno: falló una aserción (código de pánico %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contract hit an internal error: an arithmetic overflow or underflow (panic code %1).</source>
        <translation>El contrato sufrió un error interno: un desbordamiento o subdesbordamiento aritmético (código de pánico %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contract hit an internal error: a division or modulo by zero (panic code %1).</source>
        <translation>El contrato sufrió un error interno: una división o un módulo por cero (código de pánico %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contract hit an internal error: a conversion to an invalid enum value (panic code %1).</source>
        <translation>El contrato sufrió un error interno: una conversión a un valor de enum no válido (código de pánico %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contract hit an internal error: a corrupted storage byte array (panic code %1).</source>
        <translation>El contrato sufrió un error interno: un array de bytes de almacenamiento dañado (código de pánico %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contract hit an internal error: a pop from an empty array (panic code %1).</source>
        <translation>El contrato sufrió un error interno: un pop de un array vacío (código de pánico %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contract hit an internal error: an array index out of bounds (panic code %1).</source>
        <translation>El contrato sufrió un error interno: un índice de array fuera de límites (código de pánico %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contract hit an internal error: too much memory allocated (panic code %1).</source>
        <translation>El contrato sufrió un error interno: demasiada memoria asignada (código de pánico %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contract hit an internal error: a call to an uninitialised internal function (panic code %1).</source>
        <translation>El contrato sufrió un error interno: una llamada a una función interna no inicializada (código de pánico %1).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The transaction reverted without a reason.</source>
        <translation>La transacción se revirtió sin motivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The transaction reverted with malformed error data (0x%1).</source>
        <translation>La transacción se revirtió con datos de error mal formados (0x%1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The transaction reverted with a malformed reason message.</source>
        <translation>La transacción se revirtió con un mensaje de motivo mal formado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The transaction reverted with an empty reason.</source>
        <translation>La transacción se revirtió con un motivo vacío.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contract refused the transaction: &quot;%1&quot;.</source>
        <translation>El contrato rechazó la transacción: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The contract hit an internal error (malformed panic code).</source>
        <translation>El contrato sufrió un error interno (código de pánico mal formado).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The contract reverted with error %1, but its data is malformed.</source>
        <translation>El contrato se revirtió con el error %1, pero sus datos están mal formados.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The transaction reverted with an unknown error (selector %1).</source>
        <translation>La transacción se revirtió con un error desconocido (selector %1).</translation>
    </message>
    <message>
        <location filename="../core/chain/rlp.cpp" line="+40"/>
        <source>The RLP data is malformed (a length exceeds the data).</source>
        <translation>Los datos RLP están mal formados (una longitud supera los datos).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The RLP data is malformed (an item is missing).</source>
        <translation>Los datos RLP están mal formados (falta un elemento).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The RLP data is malformed (a length is truncated).</source>
        <translation>Los datos RLP están mal formados (una longitud está truncada).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The RLP data is malformed (a length has a leading zero).</source>
        <translation>Los datos RLP están mal formados (una longitud tiene un cero a la izquierda).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The RLP data is malformed (a short length uses the long form).</source>
        <translation>Los datos RLP están mal formados (una longitud corta usa la forma larga).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The RLP data is malformed (a single byte below 0x80 is not encoded as itself).</source>
        <translation>Los datos RLP están mal formados (un byte único menor que 0x80 no está codificado como sí mismo).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The RLP data is malformed (lists are nested too deeply).</source>
        <translation>Los datos RLP están mal formados (las listas están anidadas con demasiada profundidad).</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The RLP data is malformed (there are bytes after the item).</source>
        <translation>Los datos RLP están mal formados (hay bytes después del elemento).</translation>
    </message>
    <message>
        <location filename="../core/chain/transaction.cpp" line="+51"/>
        <source>The priority fee is higher than the maximum fee per gas; raise the maximum fee or lower the priority fee.</source>
        <translation>La comisión de prioridad es mayor que la comisión máxima por gas; aumente la comisión máxima o reduzca la comisión de prioridad.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The transaction is malformed (it is empty).</source>
        <translation>La transacción está mal formada (está vacía).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The transaction is malformed (it is not an EIP-1559 (type 2) transaction).</source>
        <translation>La transacción está mal formada (no es una transacción EIP-1559 (tipo 2)).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The transaction is malformed (its RLP encoding is invalid).</source>
        <translation>La transacción está mal formada (su codificación RLP no es válida).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The transaction is malformed (it is not an RLP list).</source>
        <translation>La transacción está mal formada (no es una lista RLP).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The transaction is malformed (it has %1 fields instead of 12).</source>
        <translation>La transacción está mal formada (tiene %1 campos en lugar de 12).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The transaction is malformed (an integer field is not a canonical integer in range).</source>
        <translation>La transacción está mal formada (un campo entero no es un entero canónico dentro del rango).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The transaction is malformed (the recipient is not an address).</source>
        <translation>La transacción está mal formada (el destinatario no es una dirección).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The transaction is malformed (the data is not a byte string).</source>
        <translation>La transacción está mal formada (los datos no son una cadena de bytes).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The transaction is malformed (the access list is not a list).</source>
        <translation>La transacción está mal formada (la lista de acceso no es una lista).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The transaction is malformed (it has an access list, which is not supported).</source>
        <translation>La transacción está mal formada (tiene una lista de acceso, lo cual no se admite).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The transaction is malformed (its priority fee is above its maximum fee).</source>
        <translation>La transacción está mal formada (su comisión de prioridad supera su comisión máxima).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The transaction is malformed (the signature fields are invalid).</source>
        <translation>La transacción está mal formada (los campos de la firma no son válidos).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The transaction is malformed (the signature values are out of range).</source>
        <translation>La transacción está mal formada (los valores de la firma están fuera de rango).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The transaction is malformed (the signer cannot be recovered).</source>
        <translation>La transacción está mal formada (no se puede recuperar el firmante).</translation>
    </message>
    <message>
        <location filename="../core/chain/tx_sender.cpp" line="+94"/>
        <source>the node estimates %1 gas for this transaction, more than the limit of %2 this profile allows; nothing was signed. Check the RPC node, or raise the limit in the profile&apos;s settings if you trust it.</source>
        <translation>el nodo estima %1 de gas para esta transacción, más que el límite de %2 que permite este perfil; no se firmó nada. Compruebe el nodo RPC o, si confía en él, aumente el límite en la configuración del perfil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the node asks for a fee of up to %1 gwei per gas, more than the cap of %2 gwei this profile allows; nothing was signed. Wait for fees to fall, use another RPC node, or raise the cap in the profile&apos;s settings.</source>
        <translation>el nodo pide una comisión de hasta %1 gwei por gas, más que el tope de %2 gwei que permite este perfil; no se firmó nada. Espere a que bajen las comisiones, use otro nodo RPC o aumente el tope en la configuración del perfil.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the network fee rose to at most %1 since you approved at most %2; nothing was signed. Check the claim again to approve the new fee.</source>
        <translation>la comisión de red subió hasta un máximo de %1 después de que usted aprobara un máximo de %2; no se firmó nada. Vuelva a comprobar el retiro para aprobar la nueva comisión.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the node reported a different transaction hash than the one signed; it cannot be trusted.</source>
        <translation>el nodo informó de un hash de transacción distinto del firmado; no es de confianza.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the RPC node now serves chain %1, not %2; nothing was sent. Check the node.</source>
        <translation>el nodo RPC sirve ahora la cadena %1, no la %2; no se envió nada. Compruebe el nodo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the transaction was not sent because it could not be recorded first: %1</source>
        <translation>la transacción no se envió porque antes no se pudo registrar: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sending the transaction failed: %1</source>
        <translation>el envío de la transacción falló: %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>the transaction is not confirmed yet after %1 s; it may still be included later. Its hash is kept.</source>
        <translation>la transacción aún no está confirmada tras %1 s; puede que se incluya más adelante. Se conserva su hash.</translation>
    </message>
</context>
<context>
    <name>crypto</name>
    <message>
        <location filename="../core/crypto/pct.cpp" line="+53"/>
        <source>There is no encrypted amount here (the record is empty).</source>
        <translation>Aquí no hay ningún importe cifrado (el registro está vacío).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The encrypted amount is malformed: its key point is not a valid BabyJubJub point. It was not produced by a valid eERC transaction.</source>
        <translation>El importe cifrado está mal formado: su punto clave no es un punto válido de BabyJubJub. No lo generó una transacción eERC válida.</translation>
    </message>
    <message>
        <location filename="../core/crypto/poseidon_cipher.cpp" line="+75"/>
        <source>The encrypted value carries an invalid nonce (2^128 or more); it was not produced by a valid eERC transaction.</source>
        <translation>El valor cifrado contiene un nonce no válido (2^128 o más); no lo generó una transacción eERC válida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted value has the wrong number of elements for its length; the data is corrupt.</source>
        <translation>El valor cifrado tiene un número incorrecto de elementos para su longitud; los datos están dañados.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This encrypted value cannot be decrypted with your key: it is addressed to someone else or has been altered.</source>
        <translation>Este valor cifrado no se puede descifrar con su clave: está dirigido a otra persona o ha sido alterado.</translation>
    </message>
    <message>
        <location filename="../core/crypto/secp256k1.cpp" line="+47"/>
        <source>An address must be 0x followed by 40 hexadecimal digits.</source>
        <translation>Una dirección debe ser 0x seguido de 40 dígitos hexadecimales.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The address checksum (EIP-55 capitalisation) is wrong: check for a typo.</source>
        <translation>La suma de verificación de la dirección (mayúsculas EIP-55) es incorrecta: compruebe si hay una errata.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A public key must be 33 (compressed) or 65 (uncompressed) bytes.</source>
        <translation>Una clave pública debe tener 33 (comprimida) o 65 (sin comprimir) bytes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The public key is not a point on secp256k1.</source>
        <translation>La clave pública no es un punto de secp256k1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A private key must be exactly 32 bytes.</source>
        <translation>Una clave privada debe tener exactamente 32 bytes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The private key is out of range (zero or not below the curve order).</source>
        <translation>La clave privada está fuera de rango (es cero o no es menor que el orden de la curva).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A private key must be 64 hexadecimal digits (optionally after 0x).</source>
        <translation>Una clave privada debe tener 64 dígitos hexadecimales (opcionalmente precedidos de 0x).</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>A signature must be 65 bytes (r, s, v).</source>
        <translation>Una firma debe tener 65 bytes (r, s, v).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The signature&apos;s v byte must be 27 or 28 (or 0 or 1).</source>
        <translation>El byte v de la firma debe ser 27 o 28 (o 0 o 1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature&apos;s r or s is out of range.</source>
        <translation>El valor r o s de la firma está fuera de rango.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No public key can be recovered from this signature.</source>
        <translation>No se puede recuperar ninguna clave pública de esta firma.</translation>
    </message>
</context>
<context>
    <name>eerc</name>
    <message>
        <location filename="../core/eerc/artifact_store.cpp" line="+21"/>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fetching the circuit files was cancelled.</source>
        <translation>Se canceló la descarga de los archivos del circuito.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The network description gives no valid SHA-256 for circuit %1&apos;s %2 file; ask the operator to publish one.</source>
        <translation>La descripción de la red no indica un SHA-256 válido para el archivo %2 del circuito %1; pida al operador que publique uno.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The local circuit %1&apos;s %2 file (%3) does not match the SHA-256 the network names; rebuild it or fix the network description.</source>
        <translation>El archivo %2 local del circuito %1 (%3) no coincide con el SHA-256 que indica la red; vuelva a generarlo o corrija la descripción de la red.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The cached circuit %1&apos;s %2 file is damaged and cannot be deleted (%3); delete it by hand and try again.</source>
        <translation>El archivo %2 del circuito %1 en caché está dañado y no se puede eliminar (%3); elimínelo manualmente e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The circuit %1&apos;s %2 file is not on this computer and the network names no URL to download it from; ask the operator for it.</source>
        <translation>El archivo %2 del circuito %1 no está en este equipo y la red no indica ninguna URL desde la que descargarlo; pídaselo al operador.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The circuit %1&apos;s %2 file at %3 is larger than %4 MB, more than any circuit needs; check the network&apos;s operator URL.</source>
        <translation>El archivo %2 del circuito %1 en %3 supera los %4 MB, más de lo que necesita cualquier circuito; compruebe la URL del operador de la red.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Downloading the circuit %1&apos;s %2 file from %3 took too long; check the connection and try again.</source>
        <translation>La descarga del archivo %2 del circuito %1 desde %3 tardó demasiado; compruebe la conexión e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The circuit %1&apos;s %2 file cannot be downloaded from %3: %4</source>
        <translation>El archivo %2 del circuito %1 no se puede descargar desde %3: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloading the circuit %1&apos;s %2 file from %3 failed (%4); check the connection and try again.</source>
        <translation>La descarga del archivo %2 del circuito %1 desde %3 falló (%4); compruebe la conexión e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Downloading the circuit %1&apos;s %2 file from %3 failed with HTTP status %4; the operator&apos;s server may not publish it.</source>
        <translation>La descarga del archivo %2 del circuito %1 desde %3 falló con el estado HTTP %4; es posible que el servidor del operador no lo publique.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The downloaded circuit %1&apos;s %2 file does not match the SHA-256 the network names, so it was discarded; the server may be serving another version, ask the operator.</source>
        <translation>El archivo %2 descargado del circuito %1 no coincide con el SHA-256 que indica la red, por lo que se descartó; puede que el servidor sirva otra versión: consulte al operador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the circuit cache folder %1; check its permissions.</source>
        <translation>No se puede crear la carpeta de caché de circuitos %1; compruebe sus permisos.</translation>
    </message>
    <message>
        <location filename="../core/eerc/circuit_prover.cpp" line="+17"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cannot load the circuit %1: %2</source>
        <translation>no se puede cargar el circuito %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot load the proving key %1: %2</source>
        <translation>no se puede cargar la clave de prueba %1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the circuit refused the input: %1</source>
        <translation>el circuito rechazó la entrada: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the circuit and the proving key do not belong together (witness of %1 values, key for %2).</source>
        <translation>el circuito y la clave de prueba no se corresponden (testigo de %1 valores, clave para %2).</translation>
    </message>
    <message>
        <location filename="../core/eerc/key_derivation.cpp" line="+37"/>
        <source>A decryption key must be 1 to 64 hexadecimal digits, without 0x.</source>
        <translation>Una clave de descifrado debe tener de 1 a 64 dígitos hexadecimales, sin 0x.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>No eERC key could be derived from this signature (1000 tries rejected).</source>
        <translation>No se pudo derivar ninguna clave eERC de esta firma (se rechazaron 1000 intentos).</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>A signature must be 65 bytes (r, s, v).</source>
        <translation>Una firma debe tener 65 bytes (r, s, v).</translation>
    </message>
    <message>
        <location filename="../core/eerc/operations.cpp" line="+128"/>
        <source>the withdraw proving key has %1 public signals, the contract expects 16.</source>
        <translation>la clave de prueba de retiro tiene %1 señales públicas; el contrato espera 16.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the registration proving key has %1 public signals, the contract expects 5.</source>
        <translation>la clave de prueba de registro tiene %1 señales públicas; el contrato espera 5.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>this address is already registered with a different eERC key; registering again would replace it and make the balance of the old key unreadable.</source>
        <translation>esta dirección ya está registrada con una clave eERC distinta; volver a registrarla la sustituiría y haría ilegible el saldo de la clave anterior.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the registration transaction was dropped: another transaction of this account took its place; nothing was paid.</source>
        <translation>la transacción de registro se descartó: otra transacción de esta cuenta ocupó su lugar; no se pagó nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node refused the registration transaction (%1); nothing was paid.</source>
        <translation>el nodo rechazó la transacción de registro (%1); no se pagó nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the registration transaction failed on chain (block %1).</source>
        <translation>la transacción de registro falló en la cadena (bloque %1).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>this address is not registered with the eERC contract; register first.</source>
        <translation>esta dirección no está registrada en el contrato eERC; regístrela primero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this address is registered with a different eERC key than the one given.</source>
        <translation>esta dirección está registrada con una clave eERC distinta de la indicada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the contract has never held this token, so there is nothing to claim.</source>
        <translation>el contrato nunca ha tenido este token, así que no hay nada que retirar.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the balance cannot be read (its encrypted parts disagree and the amount is beyond the recovery bound); nothing can be claimed safely.</source>
        <translation>no se puede leer el saldo (sus partes cifradas no coinciden y el importe supera el límite de recuperación); no se puede retirar nada de forma segura.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the contract has no auditor key yet; claims are possible once the operator sets one.</source>
        <translation>el contrato aún no tiene clave de auditor; los retiros serán posibles cuando el operador configure una.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the token and the contract differ too much in decimals.</source>
        <translation>el token y el contrato difieren demasiado en decimales.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the balance is zero: there is nothing to claim.</source>
        <translation>el saldo es cero: no hay nada que retirar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the amount is more than the balance of %1.</source>
        <translation>el importe supera el saldo de %1.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>the contract would refuse this claim: %1</source>
        <translation>el contrato rechazaría este retiro: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the claim transaction was dropped: another transaction of this account took its place; nothing was paid.</source>
        <translation>la transacción de retiro se descartó: otra transacción de esta cuenta ocupó su lugar; no se pagó nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the node refused the claim transaction (%1); nothing was paid.</source>
        <translation>el nodo rechazó la transacción de retiro (%1); no se pagó nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the claim transaction failed on chain (block %1); the balance is unchanged.</source>
        <translation>la transacción de retiro falló en la cadena (bloque %1); el saldo no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../core/eerc/proof_inputs.cpp" line="+79"/>
        <source>the amount is more than the balance of %1 base units.</source>
        <translation>el importe supera el saldo de %1 unidades base.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this account has never received anything, so there is nothing to claim.</source>
        <translation>esta cuenta nunca ha recibido nada, así que no hay nada que retirar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the contract has no auditor key set; no claim is possible until the operator sets one.</source>
        <translation>el contrato no tiene configurada ninguna clave de auditor; no es posible retirar hasta que el operador configure una.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the amount is out of the range the circuit accepts.</source>
        <translation>el importe está fuera del rango que acepta el circuito.</translation>
    </message>
    <message>
        <location filename="../core/eerc/proof_inputs.h" line="+66"/>
        <source>the amount to claim must be more than zero.</source>
        <translation>el importe a retirar debe ser mayor que cero.</translation>
    </message>
    <message>
        <location filename="../core/eerc/reader.cpp" line="+12"/>
        <source>the contract returned an unexpected AuditorChanged event; check that the network&apos;s contract addresses are right.</source>
        <translation>el contrato devolvió un evento AuditorChanged inesperado; compruebe que las direcciones de contrato de la red sean correctas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the contract returned an unexpected PCT; check that the network&apos;s contract addresses are right.</source>
        <translation>el contrato devolvió un PCT inesperado; compruebe que las direcciones de contrato de la red sean correctas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the contract returned an unexpected PCT word; check that the network&apos;s contract addresses are right.</source>
        <translation>el contrato devolvió una palabra PCT inesperada; compruebe que las direcciones de contrato de la red sean correctas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the contract returned an unexpected point; check that the network&apos;s contract addresses are right.</source>
        <translation>el contrato devolvió un punto inesperado; compruebe que las direcciones de contrato de la red sean correctas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the chain holds a point that is not on the BabyJubJub subgroup; the contract or the node cannot be trusted.</source>
        <translation>la cadena contiene un punto que no está en el subgrupo de BabyJubJub; el contrato o el nodo no son de confianza.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no contract at %1 on this network; check the network settings.</source>
        <translation>no hay ningún contrato en %1 en esta red; compruebe la configuración de la red.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the contract returned an unexpected %1 result; check that the network&apos;s contract addresses are right. (%2)</source>
        <translation>el contrato devolvió un resultado de %1 inesperado; compruebe que las direcciones de contrato de la red sean correctas. (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the RPC node is on chain %1, but this network is chain %2; check the RPC URL.</source>
        <translation>el nodo RPC está en la cadena %1, pero esta red es la cadena %2; compruebe la URL de RPC.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the contract returned an unexpected auditor key; check that the network&apos;s contract addresses are right.</source>
        <translation>el contrato devolvió una clave de auditor inesperada; compruebe que las direcciones de contrato de la red sean correctas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the contract returned an unexpected auditor address; check that the network&apos;s contract addresses are right.</source>
        <translation>el contrato devolvió una dirección de auditor inesperada; compruebe que las direcciones de contrato de la red sean correctas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the contract returned an unexpected token id; check that the network&apos;s contract addresses are right.</source>
        <translation>el contrato devolvió un ID de token inesperado; compruebe que las direcciones de contrato de la red sean correctas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the contract returned an unexpected number of decimals; check that the network&apos;s contract addresses are right.</source>
        <translation>el contrato devolvió un número de decimales inesperado; compruebe que las direcciones de contrato de la red sean correctas.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the contract returned an unexpected token balance; check that the network&apos;s contract addresses are right.</source>
        <translation>el contrato devolvió un saldo de token inesperado; compruebe que las direcciones de contrato de la red sean correctas.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the contract returned an unexpected balance ciphertext; check that the network&apos;s contract addresses are right.</source>
        <translation>el contrato devolvió un texto cifrado de saldo inesperado; compruebe que las direcciones de contrato de la red sean correctas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the contract returned an unexpected balance; check that the network&apos;s contract addresses are right.</source>
        <translation>el contrato devolvió un saldo inesperado; compruebe que las direcciones de contrato de la red sean correctas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the contract returned an unexpected amount PCT; check that the network&apos;s contract addresses are right.</source>
        <translation>el contrato devolvió un PCT de importe inesperado; compruebe que las direcciones de contrato de la red sean correctas.</translation>
    </message>
    <message>
        <location filename="../core/eerc/units.cpp" line="+18"/>
        <source>the amount is too large.</source>
        <translation>el importe es demasiado grande.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the contract keeps amounts with fewer decimals; give a rounder amount (a multiple of 10^%1 base units).</source>
        <translation>el contrato guarda los importes con menos decimales; indique un importe más redondo (un múltiplo de 10^%1 unidades base).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the token has fewer decimals than the contract, so part of this amount would be lost; give a rounder amount (a multiple of 10^%1 base units).</source>
        <translation>el token tiene menos decimales que el contrato, por lo que se perdería parte de este importe; indique un importe más redondo (un múltiplo de 10^%1 unidades base).</translation>
    </message>
</context>
<context>
    <name>ledger</name>
    <message>
        <location filename="../core/ledger/allocation.cpp" line="+34"/>
        <source>the provider %1 is listed twice; an allocation needs one weight per provider.</source>
        <translation>el proveedor %1 aparece dos veces; una asignación necesita un peso por proveedor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the weights add up to more than 2^256; no allocation can be computed.</source>
        <translation>los pesos suman más de 2^256; no se puede calcular ninguna asignación.</translation>
    </message>
    <message>
        <location filename="../core/ledger/earnings.cpp" line="+145"/>
        <source>The operator reports for cycle %1 the same transfer as for another cycle.</source>
        <translation>El operador informa para el ciclo %1 la misma transferencia que para otro ciclo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This payment is not in the operator&apos;s report, so it cannot be checked against the published figures.</source>
        <translation>Este pago no figura en el informe del operador, por lo que no se puede contrastar con las cifras publicadas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The operator&apos;s report is not available; this payment will be checked when it is.</source>
        <translation>El informe del operador no está disponible; este pago se comprobará cuando lo esté.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The earnings total is too large to show; the history holds amounts that cannot be real, refresh it from the chain.</source>
        <translation>El total de ingresos es demasiado grande para mostrarlo; el historial contiene importes que no pueden ser reales: actualícelo desde la cadena.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The earnings total is too large to chart; refresh the history from the chain.</source>
        <translation>El total de ingresos es demasiado grande para representarlo en un gráfico; actualice el historial desde la cadena.</translation>
    </message>
    <message>
        <location filename="../core/ledger/fairness.cpp" line="+154"/>
        <source>The operator reports a transfer for cycle %1 that is not on chain.</source>
        <translation>El operador informa de una transferencia para el ciclo %1 que no está en la cadena.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The payout of cycle %1 is not confirmed yet.</source>
        <translation>El pago del ciclo %1 aún no está confirmado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The transfer of cycle %1 is in a block the history has not reached yet; refresh to check it.</source>
        <translation>La transferencia del ciclo %1 está en un bloque que el historial aún no ha alcanzado; actualice para comprobarla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The transfer of cycle %1 is on chain but its amount could not be decrypted.</source>
        <translation>La transferencia del ciclo %1 está en la cadena, pero no se pudo descifrar su importe.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cycle %1 has a total weight of 0, so no fair share can be computed for it.</source>
        <translation>El ciclo %1 tiene un peso total de 0, por lo que no se puede calcular una parte justa para él.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The operator&apos;s figures for cycle %1 are inconsistent (your weight is above the total weight), so the payout cannot be checked.</source>
        <translation>Las cifras del operador para el ciclo %1 son incoherentes (su peso supera el peso total), por lo que no se puede comprobar el pago.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cycle %1 paid %2 but the published figures give %3 or %4 (%5).</source>
        <translation>El ciclo %1 pagó %2, pero las cifras publicadas dan %3 o %4 (%5).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cycle %1 paid %2 but the published figures give %3 (%4).</source>
        <translation>El ciclo %1 pagó %2, pero las cifras publicadas dan %3 (%4).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cycle %1 paid a fair %2, but the operator states %3.</source>
        <translation>El ciclo %1 pagó una parte justa de %2, pero el operador declara %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cycle %1 paid exactly the fair share (in whole units of the contract; the rest is dust).</source>
        <translation>El ciclo %1 pagó exactamente la parte justa (en unidades enteras del contrato; el resto es un residuo insignificante).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cycle %1 paid exactly the fair share.</source>
        <translation>El ciclo %1 pagó exactamente la parte justa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cycle %1 paid the fair share plus one unit from the rounding remainder.</source>
        <translation>El ciclo %1 pagó la parte justa más una unidad del resto del redondeo.</translation>
    </message>
    <message>
        <location filename="../core/ledger/money.cpp" line="+18"/>
        <source>&apos;%1&apos; is not an amount; write it like 12.5 or 0.000001.</source>
        <translation>&apos;%1&apos; no es un importe; escríbalo como 12.5 o 0.000001.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; has more than %2 digits after the point; the token has only %2 decimals.</source>
        <translation>&apos;%1&apos; tiene más de %2 dígitos después del punto; el token solo tiene %2 decimales.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is too large.</source>
        <translation>&apos;%1&apos; es demasiado grande.</translation>
    </message>
    <message>
        <location filename="../core/ledger/statement.cpp" line="+48"/>
        <source>the statement has an invalid %1 (expected %2); the file is damaged or not a BackendShield statement.</source>
        <translation>el extracto tiene un campo %1 no válido (se esperaba %2); el archivo está dañado o no es un extracto de BackendShield.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a decimal string below the BabyJubJub subgroup order</source>
        <translation>una cadena decimal menor que el orden del subgrupo de BabyJubJub</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the line&apos;s value in token units with all the token&apos;s decimals</source>
        <translation>el valor de la línea en unidades del token, con todos los decimales del token</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>the statement is larger than 32 MiB; it is not a BackendShield statement.</source>
        <translation>el extracto supera los 32 MiB; no es un extracto de BackendShield.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the statement has version %1, which this version of BackendShield does not know; update BackendShield.</source>
        <translation>el extracto tiene la versión %1, que esta versión de BackendShield no conoce; actualice BackendShield.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>a time after period.from</source>
        <translation>una hora posterior a period.from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most 100000 lines</source>
        <translation>como máximo 100000 líneas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>lines ordered by block and log index, each event once</source>
        <translation>líneas ordenadas por bloque e índice de registro, cada evento una sola vez</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the number of lines</source>
        <translation>el número de líneas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sum of the lines&apos; amounts</source>
        <translation>la suma de los importes de las líneas</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+62"/>
        <source>Private revenue distribution client for eERC.</source>
        <translation>Cliente de distribución privada de ingresos para eERC.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>Guardar una imagen de la ventana en &lt;file&gt; y salir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open on &lt;page&gt;: dashboard, earnings, claim, registration (provider); providers, servers, cycles (operator); verify, reports (auditor); activity, settings.</source>
        <translation>Abrir en &lt;page&gt;: dashboard, earnings, claim, registration (proveedor); providers, servers, cycles (operador); verify, reports (auditor); activity, settings.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep profiles (encrypted vaults) in &lt;dir&gt; instead of the user&apos;s data directory.</source>
        <translation>Guardar los perfiles (bóvedas cifradas) en &lt;dir&gt; en lugar del directorio de datos del usuario.</translation>
    </message>
</context>
<context>
    <name>operator</name>
    <message>
        <location filename="../core/operator/distribution.cpp" line="+65"/>
        <source>&apos;%1&apos; is not a time; write it in RFC 3339 with whole seconds, like 2026-11-01T00:00:00Z, or as a date like 2026-11-01 (midnight UTC).</source>
        <translation>&apos;%1&apos; no es una hora; escríbala en RFC 3339 con segundos enteros, como 2026-11-01T00:00:00Z, o como fecha, por ejemplo 2026-11-01 (medianoche UTC).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the period needs a valid start and end time.</source>
        <translation>el período necesita una hora de inicio y una de fin válidas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the period&apos;s start and end must be whole seconds.</source>
        <translation>el inicio y el fin del período deben ser segundos enteros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the period is empty: its end (%1) must come after its start (%2).</source>
        <translation>el período está vacío: su fin (%1) debe ser posterior a su inicio (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the pool is zero; give the amount to distribute.</source>
        <translation>el fondo es cero; indique el importe que se va a distribuir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the pool is larger than the API accepts (2^255 base units).</source>
        <translation>el fondo es mayor de lo que acepta la API (2^255 unidades base).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the pool &apos;%1&apos; is not usable: %2</source>
        <translation>el fondo &apos;%1&apos; no se puede usar: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the period overlaps cycle %1 (%2, %3 to %4); choose a period that ends by %3 or starts at %4 or later. Nothing was sent.</source>
        <translation>el período se solapa con el ciclo %1 (%2, de %3 a %4); elija un período que termine como tarde en %3 o que empiece en %4 o después. No se envió nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the period is that of the failed cycle %1, which can only be retried with its own pool of %2. Nothing was sent.</source>
        <translation>el período es el del ciclo fallido %1, que solo puede reintentarse con su propio fondo de %2. No se envió nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the period overlaps the failed cycle %1 (%2, %3 to %4), which already paid some providers; retry that cycle with its own period instead. Nothing was sent.</source>
        <translation>el período se solapa con el ciclo fallido %1 (%2, de %3 a %4), que ya pagó a algunos proveedores; reintente en su lugar ese ciclo con su propio período. No se envió nada.</translation>
    </message>
    <message>
        <location filename="../core/operator/management_client.cpp" line="+91"/>
        <source>at most 500 entries per page, as asked</source>
        <translation>como máximo 500 entradas por página, según lo solicitado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a cursor or null</source>
        <translation>un cursor o null</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The operator&apos;s server sent more than %1 pages of providers; the list does not end, tell the operator.</source>
        <translation>El servidor del operador envió más de %1 páginas de proveedores; la lista no termina, avise al operador.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the reason must be at most 500 characters on one line.</source>
        <translation>el motivo debe tener como máximo 500 caracteres en una sola línea.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The operator&apos;s server has no provider %1; check the provider id. Nothing was changed.</source>
        <translation>El servidor del operador no tiene ningún proveedor %1; compruebe el id del proveedor. No se modificó nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The operator&apos;s server refuses to make provider %1 %2 (%3); nothing was changed.</source>
        <translation>El servidor del operador se niega a pasar el proveedor %1 al estado %2 (%3); no se modificó nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operator&apos;s server refuses to make provider %1 %2; nothing was changed.</source>
        <translation>El servidor del operador se niega a pasar el proveedor %1 al estado %2; no se modificó nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provider %1 is %2: %3</source>
        <translation>El proveedor %1 está en estado %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The operator&apos;s server confirmed another provider or state than the one asked for; list the providers to see where things stand, and tell the operator.</source>
        <translation>El servidor del operador confirmó un proveedor o un estado distinto del solicitado; liste los proveedores para ver la situación y avise al operador.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The operator&apos;s server sent more than %1 pages of servers; the list does not end, tell the operator.</source>
        <translation>El servidor del operador envió más de %1 páginas de servidores; la lista no termina, avise al operador.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a usage server needs a name of 1 to 100 characters on one line.</source>
        <translation>un servidor de uso necesita un nombre de 1 a 100 caracteres en una sola línea.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The operator&apos;s server answered the creation of a usage server with HTTP %1 instead of 201.</source>
        <translation>El servidor del operador respondió a la creación de un servidor de uso con HTTP %1 en lugar de 201.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The operator&apos;s server created a usage server with another name than the one asked for; revoke it and tell the operator.</source>
        <translation>El servidor del operador creó un servidor de uso con un nombre distinto del solicitado; revóquelo y avise al operador.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The operator&apos;s server has no active usage server %1 (%2); list the servers to see which are active.</source>
        <translation>El servidor del operador no tiene ningún servidor de uso activo %1 (%2); liste los servidores para ver cuáles están activos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The operator&apos;s server has no active usage server %1; list the servers to see which are active.</source>
        <translation>El servidor del operador no tiene ningún servidor de uso activo %1; liste los servidores para ver cuáles están activos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The operator&apos;s server answered the revocation with HTTP %1 instead of 204; list the servers to check it is revoked.</source>
        <translation>El servidor del operador respondió a la revocación con HTTP %1 en lugar de 204; liste los servidores para comprobar que está revocado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The operator&apos;s server sent more than %1 pages of revenue/cycles; the list does not end, tell the operator.</source>
        <translation>El servidor del operador envió más de %1 páginas de revenue/cycles; la lista no termina, avise al operador.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The operator&apos;s server has no cycle %1; check the cycle id.</source>
        <translation>El servidor del operador no tiene ningún ciclo %1; compruebe el id del ciclo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The operator&apos;s server answered with another cycle than the one asked for; tell the operator.</source>
        <translation>El servidor del operador respondió con un ciclo distinto del solicitado; avise al operador.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The operator cannot fund a pool of %1 (%2); add USDC to the operator&apos;s wallet or choose a smaller pool.</source>
        <translation>El operador no puede financiar un fondo de %1 (%2); añada USDC a la billetera del operador o elija un fondo menor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The operator cannot fund a pool of %1; add USDC to the operator&apos;s wallet or choose a smaller pool.</source>
        <translation>El operador no puede financiar un fondo de %1; añada USDC a la billetera del operador o elija un fondo menor.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The operator&apos;s server computed a dry run for another period or pool than the one asked for; tell the operator.</source>
        <translation>El servidor del operador calculó una simulación para un período o un fondo distinto del solicitado; avise al operador.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cycle %1 is not a failed cycle of this period and pool any more; list the cycles to see its state.</source>
        <translation>el ciclo %1 ya no es un ciclo fallido de este período y fondo; liste los ciclos para ver su estado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The operator&apos;s server refuses to start this cycle (%1): a period may not overlap a cycle that did not fail, and a failed cycle is retried with its own period and pool. Nothing was started.</source>
        <translation>El servidor del operador se niega a iniciar este ciclo (%1): un período no puede solaparse con un ciclo que no haya fallado, y un ciclo fallido se reintenta con su propio período y fondo. No se inició nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The operator&apos;s server refuses to start this cycle: a period may not overlap a cycle that did not fail, and a failed cycle is retried with its own period and pool. Nothing was started.</source>
        <translation>El servidor del operador se niega a iniciar este ciclo: un período no puede solaparse con un ciclo que no haya fallado, y un ciclo fallido se reintenta con su propio período y fondo. No se inició nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The operator cannot fund a pool of %1 (%2); add USDC to the operator&apos;s wallet or choose a smaller pool. Nothing was started.</source>
        <translation>El operador no puede financiar un fondo de %1 (%2); añada USDC a la billetera del operador o elija un fondo menor. No se inició nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The operator cannot fund a pool of %1; add USDC to the operator&apos;s wallet or choose a smaller pool. Nothing was started.</source>
        <translation>El operador no puede financiar un fondo de %1; añada USDC a la billetera del operador o elija un fondo menor. No se inició nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 The cycle may have started anyway: list the cycles before asking again.</source>
        <translation>%1 Puede que el ciclo se haya iniciado de todos modos: liste los ciclos antes de volver a solicitarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The operator&apos;s server answered the start of a cycle with HTTP %1 instead of 202; list the cycles to see what happened.</source>
        <translation>El servidor del operador respondió al inicio de un ciclo con HTTP %1 en lugar de 202; liste los ciclos para ver qué ocurrió.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The operator&apos;s server started another cycle than the one asked for (%1); list the cycles and tell the operator.</source>
        <translation>El servidor del operador inició un ciclo distinto del solicitado (%1); liste los ciclos y avise al operador.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cycle %1 is %2; only a failed cycle can be retried.</source>
        <translation>el ciclo %1 está en estado %2; solo un ciclo fallido puede reintentarse.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Following the cycle was stopped; the cycle goes on on the server.</source>
        <translation>Se detuvo el seguimiento del ciclo; el ciclo continúa en el servidor.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cycle %1 is still %2 after %3 seconds; it goes on on the server, follow it again later.</source>
        <translation>El ciclo %1 sigue en estado %2 tras %3 segundos; continúa en el servidor, vuelva a seguirlo más tarde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cycle %1 is still not readable after %2 seconds; it goes on on the server, follow it again later.</source>
        <translation>El ciclo %1 sigue sin poder leerse tras %2 segundos; continúa en el servidor, vuelva a seguirlo más tarde.</translation>
    </message>
    <message>
        <location filename="../core/operator/management_types.cpp" line="+44"/>
        <source>a cycle state of the spec, such as completed</source>
        <translation>un estado de ciclo de la especificación, como completed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>queued, submitted, confirmed or failed</source>
        <translation>queued, submitted, confirmed o failed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a string of at most 2000 characters</source>
        <translation>una cadena de texto de como máximo 2000 caracteres</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a string of at most 2000 characters, or null</source>
        <translation>una cadena de texto de como máximo 2000 caracteres, o null</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+33"/>
        <source>at most amount</source>
        <translation>como máximo amount</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>a transaction hash for a submitted or confirmed transfer</source>
        <translation>un hash de transacción para una transferencia enviada o confirmada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the block and log index of a confirmed transfer</source>
        <translation>el bloque y el índice de log de una transferencia confirmada</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>a provider becomes earning_revenue by itself when its first usage arrives; approve it (integrated) instead.</source>
        <translation>un proveedor pasa a earning_revenue por sí solo cuando llega su primer uso; apruébelo (integrated) en su lugar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the provider is %1 already; nothing was changed.</source>
        <translation>el proveedor ya está en estado %1; no se modificó nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a suspended provider cannot be approved directly; reinstate it (registered) first, then approve it (integrated).</source>
        <translation>un proveedor suspendido no puede aprobarse directamente; primero rehabilítelo (registered) y después apruébelo (integrated).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the provider is %1, past approval already; nothing was changed.</source>
        <translation>el proveedor está en estado %1, ya más allá de la aprobación; no se modificó nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only a suspended provider can be reinstated (registered); this one is %1.</source>
        <translation>solo un proveedor suspendido puede rehabilitarse (registered); este está en estado %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a provider cannot go from %1 to %2.</source>
        <translation>un proveedor no puede pasar de %1 a %2.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>active or revoked</source>
        <translation>active o revoked</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a time exactly when the status is revoked</source>
        <translation>una marca de tiempo exactamente cuando el estado es revoked</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>active for a server just created</source>
        <translation>active para un servidor recién creado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>16 to 1024 printable ASCII characters</source>
        <translation>de 16 a 1024 caracteres ASCII imprimibles</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+2"/>
        <source>at most pool</source>
        <translation>como máximo pool</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>true in the answer to a dry run</source>
        <translation>true en la respuesta a una simulación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>calculated or skipped_insufficient_usage</source>
        <translation>calculated o skipped_insufficient_usage</translation>
    </message>
    <message>
        <location filename="../core/operator/operator_client.cpp" line="+28"/>
        <source>The operator&apos;s server sent an invalid nextCursor; tell the operator.</source>
        <translation>El servidor del operador envió un nextCursor no válido; avise al operador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operator&apos;s server sent the same page cursor twice; tell the operator.</source>
        <translation>El servidor del operador envió dos veces el mismo cursor de página; avise al operador.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&apos;%1&apos; is not a valid id.</source>
        <translation>&apos;%1&apos; no es un id válido.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the operator server URL is not usable: %1</source>
        <translation>la URL del servidor del operador no se puede usar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the operator server URL must not contain a query, a fragment or a user name; give the API base only, like https://shield.example.org/api/v1.</source>
        <translation>la URL del servidor del operador no debe contener una consulta, un fragmento ni un nombre de usuario; indique solo la base de la API, como https://shield.example.org/api/v1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the operator server URL is not valid; give the API base, like https://shield.example.org/api/v1.</source>
        <translation>la URL del servidor del operador no es válida; indique la base de la API, como https://shield.example.org/api/v1.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the request path &apos;%1&apos; is not valid for the operator API.</source>
        <translation>la ruta de solicitud &apos;%1&apos; no es válida para la API del operador.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The operator&apos;s server answered 304 Not Modified to a request without a cached copy; tell the operator.</source>
        <translation>El servidor del operador respondió 304 Not Modified a una solicitud sin copia en caché; avise al operador.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The operator&apos;s server answered with &apos;%1&apos; instead of JSON; check the server URL of the profile.</source>
        <translation>El servidor del operador respondió con &apos;%1&apos; en lugar de JSON; compruebe la URL del servidor del perfil.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The operator&apos;s server sent an answer that is not a JSON object; tell the operator.</source>
        <translation>El servidor del operador envió una respuesta que no es un objeto JSON; avise al operador.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a provider registers itself: the wallet key of %1 must sign the registration.</source>
        <translation>un proveedor se registra a sí mismo: la clave de la billetera de %1 debe firmar el registro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the eERC public key is not set; derive the eERC key first.</source>
        <translation>la clave pública eERC no está establecida; derive primero la clave eERC.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The operator&apos;s server answered the registration with HTTP %1 instead of 200 or 201.</source>
        <translation>El servidor del operador respondió al registro con HTTP %1 en lugar de 200 o 201.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The operator&apos;s server confirmed a registration with another address or eERC key than the one sent; tell the operator.</source>
        <translation>El servidor del operador confirmó un registro con una dirección o una clave eERC distinta de la enviada; avise al operador.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The operator&apos;s server answered with another provider than the one asked for; tell the operator.</source>
        <translation>El servidor del operador respondió con un proveedor distinto del solicitado; avise al operador.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the earnings period must end after it starts.</source>
        <translation>el período de ingresos debe terminar después de empezar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The operator&apos;s server sent more than %1 pages of earnings; choose a shorter period and try again.</source>
        <translation>El servidor del operador envió más de %1 páginas de ingresos; elija un período más corto e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The operator&apos;s server answered with another provider&apos;s earnings; tell the operator.</source>
        <translation>El servidor del operador respondió con los ingresos de otro proveedor; avise al operador.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The operator&apos;s earnings changed while they were being read; try again.</source>
        <translation>Los ingresos del operador cambiaron mientras se leían; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The operator&apos;s server reports %1 earnings cycles but sent %2; tell the operator.</source>
        <translation>El servidor del operador indica %1 ciclos de ingresos pero envió %2; avise al operador.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the audit period must end after it starts.</source>
        <translation>el período de auditoría debe terminar después de empezar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 Or audit a shorter period: the answer lists every transfer.</source>
        <translation>%1 O audite un período más corto: la respuesta lista cada transferencia.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The operator&apos;s server answered the audit totals for another period than the one asked for; tell the operator.</source>
        <translation>El servidor del operador respondió con los totales de auditoría de un período distinto del solicitado; avise al operador.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The operator&apos;s server sent more than %1 pages of providers; tell the operator.</source>
        <translation>El servidor del operador envió más de %1 páginas de proveedores; avise al operador.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The operator&apos;s server sent a provider list without items; tell the operator.</source>
        <translation>El servidor del operador envió una lista de proveedores sin elementos (items); avise al operador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The operator&apos;s server sent a provider list with an item that is not an object; tell the operator.</source>
        <translation>El servidor del operador envió una lista de proveedores con un elemento que no es un objeto; avise al operador.</translation>
    </message>
    <message>
        <location filename="../core/operator/problem.cpp" line="+36"/>
        <source>Balances, claims and the chain part of an audit do not need it: they read the chain alone.</source>
        <translation>Los saldos, los retiros y la parte de una auditoría relativa a la cadena no lo necesitan: solo leen la cadena.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The request to the operator&apos;s server was cancelled.</source>
        <translation>Se canceló la solicitud al servidor del operador.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The operator&apos;s server at %1 did not answer in time; try again later. %2</source>
        <translation>El servidor del operador en %1 no respondió a tiempo; inténtelo de nuevo más tarde. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The operator&apos;s server at %1 is unavailable (%2); try again later. %3</source>
        <translation>El servidor del operador en %1 no está disponible (%2); inténtelo de nuevo más tarde. %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The operator&apos;s server refused the request as invalid: %1; correct it and try again.</source>
        <translation>El servidor del operador rechazó la solicitud por no ser válida: %1; corríjala e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operator&apos;s server refused the request as invalid; correct it and try again.</source>
        <translation>El servidor del operador rechazó la solicitud por no ser válida; corríjala e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The operator&apos;s server did not accept this request&apos;s signature: %1; check that this computer&apos;s clock is correct, then try again.</source>
        <translation>El servidor del operador no aceptó la firma de esta solicitud: %1; compruebe que el reloj de este equipo es correcto e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The operator&apos;s server did not accept this request&apos;s signature; check that this computer&apos;s clock is correct, then try again.</source>
        <translation>El servidor del operador no aceptó la firma de esta solicitud; compruebe que el reloj de este equipo es correcto e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The operator&apos;s server does not allow this for the profile&apos;s address: %1; use the profile whose key has that role.</source>
        <translation>El servidor del operador no permite esto para la dirección del perfil: %1; use el perfil cuya clave tiene ese rol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The operator&apos;s server does not allow this for the profile&apos;s address; use the profile whose key has that role.</source>
        <translation>El servidor del operador no permite esto para la dirección del perfil; use el perfil cuya clave tiene ese rol.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The operator&apos;s server does not know what was asked for: %1; check the provider id, or register first.</source>
        <translation>El servidor del operador no conoce lo solicitado: %1; compruebe el id del proveedor o regístrese primero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operator&apos;s server does not know what was asked for; check the provider id, or register first.</source>
        <translation>El servidor del operador no conoce lo solicitado; compruebe el id del proveedor o regístrese primero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The operator&apos;s server reports a conflict: %1; nothing was changed.</source>
        <translation>El servidor del operador indica un conflicto: %1; no se modificó nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operator&apos;s server reports a conflict; nothing was changed.</source>
        <translation>El servidor del operador indica un conflicto; no se modificó nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The operator&apos;s server cannot accept this: %1.</source>
        <translation>El servidor del operador no puede aceptar esto: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operator&apos;s server cannot accept this.</source>
        <translation>El servidor del operador no puede aceptar esto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The operator&apos;s server is limiting requests from this client; try again in %1 seconds.</source>
        <translation>El servidor del operador está limitando las solicitudes de este cliente; inténtelo de nuevo en %1 segundos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The operator&apos;s server is limiting requests from this client; try again in a minute.</source>
        <translation>El servidor del operador está limitando las solicitudes de este cliente; inténtelo de nuevo dentro de un minuto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The operator&apos;s server at %1 is unavailable (HTTP %2); try again later. %3</source>
        <translation>El servidor del operador en %1 no está disponible (HTTP %2); inténtelo de nuevo más tarde. %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The operator&apos;s server at %1 is unavailable (HTTP %2: %3); try again later. %4</source>
        <translation>El servidor del operador en %1 no está disponible (HTTP %2: %3); inténtelo de nuevo más tarde. %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The operator&apos;s server answered with a redirect (HTTP %1), which this client does not follow; check the server URL of the profile.</source>
        <translation>El servidor del operador respondió con una redirección (HTTP %1), que este cliente no sigue; compruebe la URL del servidor del perfil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The operator&apos;s server refused the request (HTTP %1).</source>
        <translation>El servidor del operador rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The operator&apos;s server refused the request (HTTP %1: %2).</source>
        <translation>El servidor del operador rechazó la solicitud (HTTP %1: %2).</translation>
    </message>
    <message>
        <location filename="../core/operator/problem.h" line="+108"/>
        <source>The operator&apos;s server at %1 sent an answer larger than this client accepts; tell the operator.</source>
        <translation>El servidor del operador en %1 envió una respuesta mayor de lo que acepta este cliente; avise al operador.</translation>
    </message>
    <message>
        <location filename="../core/operator/api_types.cpp" line="+26"/>
        <source>registered, integrated, earning_revenue or suspended</source>
        <translation>registered, integrated, earning_revenue o suspended</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+229"/>
        <location filename="../core/operator/management_types.cpp" line="-297"/>
        <source>a time after periodStart</source>
        <translation>una marca de tiempo posterior a periodStart</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>at most totalWeight</source>
        <translation>como máximo totalWeight</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>the operator&apos;s server sent an invalid %1 (expected %2); tell the operator, their server or its configuration is broken.</source>
        <translation>el servidor del operador envió un valor no válido para %1 (se esperaba %2); avise al operador, su servidor o la configuración de este están averiados.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>a time after from</source>
        <translation>una marca de tiempo posterior a from</translation>
    </message>
</context>
<context>
    <name>util</name>
    <message>
        <location filename="../core/util/atomic_file.cpp" line="+37"/>
        <source>could not write %1 (%2)</source>
        <translation>no se pudo escribir %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists; choose another file name</source>
        <translation>%1 ya existe; elija otro nombre de archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is too large to be what it should be</source>
        <translation>%1 es demasiado grande para ser lo que debería ser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the disk is full: could not write %1; free some space and try again</source>
        <translation>el disco está lleno: no se pudo escribir %1; libere espacio e inténtelo de nuevo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no permission to write %1; check the folder&apos;s permissions</source>
        <translation>no hay permiso para escribir %1; compruebe los permisos de la carpeta</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>could not create %1 (%2)</source>
        <translation>no se pudo crear %1 (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot read %1 (%2)</source>
        <translation>no se puede leer %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/util/http_client.cpp" line="+74"/>
        <source>&apos;%1&apos; is not a valid URL; give one like https://host/path.</source>
        <translation>&apos;%1&apos; no es una URL válida; indique una como https://host/path.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the URL must start with https:// (or http:// for a local server), not &apos;%1://&apos;.</source>
        <translation>la URL debe empezar por https:// (o http:// para un servidor local), no por &apos;%1://&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>plain http:// to %1 is refused: use https://, or allow plain HTTP for this profile if the network between you and the server is trusted.</source>
        <translation>se rechaza http:// sin cifrar hacia %1: use https:// o permita HTTP sin cifrar para este perfil si la red entre usted y el servidor es de confianza.</translation>
    </message>
</context>
<context>
    <name>vault</name>
    <message>
        <location filename="../core/vault/audit_store.cpp" line="+18"/>
        <source>the auditor&apos;s scan state in the vault is damaged</source>
        <translation>el estado de escaneo del auditor en la bóveda está dañado</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the auditor&apos;s events in the vault are damaged</source>
        <translation>los eventos del auditor en la bóveda están dañados</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../core/vault/history_store.cpp" line="+116"/>
        <location line="+38"/>
        <source>the checkpoint block number is too large</source>
        <translation>el número de bloque del punto de control es demasiado grande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an audit event is outside the blocks scanned</source>
        <translation>un evento de auditoría está fuera de los bloques escaneados</translation>
    </message>
    <message>
        <location filename="../core/vault/backup.cpp" line="+87"/>
        <source>the backup passphrase is empty; choose one</source>
        <translation>la frase de contraseña de la copia de seguridad está vacía; elija una</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the profile is too large to back up</source>
        <translation>el perfil es demasiado grande para hacer una copia de seguridad</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the backup could not be encrypted (OpenSSL failed)</source>
        <translation>no se pudo cifrar la copia de seguridad (falló OpenSSL)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this is not a BackendShield vault backup (wrong magic)</source>
        <translation>esto no es una copia de seguridad de una bóveda de BackendShield (número mágico incorrecto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the backup file is truncated</source>
        <translation>el archivo de copia de seguridad está truncado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the backup has format version %1, this program reads version %2; use a newer BackendShield</source>
        <translation>la copia de seguridad tiene la versión de formato %1 y este programa lee la versión %2; use una versión más reciente de BackendShield</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the backup file is damaged or not from BackendShield: %1</source>
        <translation>el archivo de copia de seguridad está dañado o no es de BackendShield: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the backup file is truncated or damaged (its length is wrong)</source>
        <translation>el archivo de copia de seguridad está truncado o dañado (su longitud es incorrecta)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>wrong backup passphrase (or the backup file was altered): nothing was restored</source>
        <translation>frase de contraseña de la copia de seguridad incorrecta (o el archivo de copia de seguridad fue alterado): no se restauró nada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the backup&apos;s contents are malformed</source>
        <translation>el contenido de la copia de seguridad está mal formado</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the backup contains data this program does not know (field %1); use a newer BackendShield</source>
        <translation>la copia de seguridad contiene datos que este programa no conoce (campo %1); use una versión más reciente de BackendShield</translation>
    </message>
    <message>
        <location filename="../core/vault/claim_store.cpp" line="+12"/>
        <source>the claim has an invalid transaction hash</source>
        <translation>el retiro tiene un hash de transacción no válido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the claim&apos;s amount must be a decimal number of base units</source>
        <translation>el importe del retiro debe ser un número decimal de unidades base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the claim&apos;s token id or nonce is too large</source>
        <translation>el ID de token o el nonce del retiro es demasiado grande</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>a stored claim has an unknown state; the vault is damaged</source>
        <translation>un retiro guardado tiene un estado desconocido; la bóveda está dañada</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no pending claim with transaction hash %1</source>
        <translation>no hay ningún retiro pendiente con el hash de transacción %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no failed claim with transaction hash %1; only a failed claim can be cleared</source>
        <translation>no hay ningún retiro fallido con el hash de transacción %1; solo se puede borrar un retiro fallido</translation>
    </message>
    <message>
        <location filename="../core/vault/file_lock.cpp" line="+65"/>
        <source>cannot create the vault&apos;s lock file %1 (%2); check the folder&apos;s permissions</source>
        <translation>no se puede crear el archivo de bloqueo de la bóveda %1 (%2); compruebe los permisos de la carpeta</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot lock the vault&apos;s lock file %1 (%2)</source>
        <translation>no se puede bloquear el archivo de bloqueo de la bóveda %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the vault is busy: another BackendShield process is changing it; try again in a moment</source>
        <translation>la bóveda está ocupada: otro proceso de BackendShield la está modificando; inténtelo de nuevo en un momento</translation>
    </message>
    <message>
        <location filename="../core/vault/history_store.cpp" line="-139"/>
        <source>a history entry&apos;s kind must be credit or debit</source>
        <translation>el tipo de una entrada del historial debe ser credit o debit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a history entry has an invalid transaction hash</source>
        <translation>una entrada del historial tiene un hash de transacción no válido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a history entry&apos;s amount must be a decimal number of base units</source>
        <translation>el importe de una entrada del historial debe ser un número decimal de unidades base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a history entry&apos;s token id or block number is too large</source>
        <translation>el ID de token o el número de bloque de una entrada del historial es demasiado grande</translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+49"/>
        <source>a history scan needs a name</source>
        <translation>un escaneo del historial necesita un nombre</translation>
    </message>
    <message>
        <location filename="../core/vault/kdf.cpp" line="+36"/>
        <source>the scrypt cost N must be a power of two between 2 and 2^20</source>
        <translation>el coste N de scrypt debe ser una potencia de dos entre 2 y 2^20</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the scrypt parameters r and p are out of range (r 1..32, p 1..16)</source>
        <translation>los parámetros r y p de scrypt están fuera de rango (r 1..32, p 1..16)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the scrypt parameters need more than 256 MiB of memory</source>
        <translation>los parámetros de scrypt necesitan más de 256 MiB de memoria</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the scrypt parameters are not ones BackendShield writes (r must be 8, p at most 4)</source>
        <translation>los parámetros de scrypt no son de los que escribe BackendShield (r debe ser 8 y p como máximo 4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the scrypt parameters ask for more work than BackendShield ever uses</source>
        <translation>los parámetros de scrypt exigen más trabajo del que BackendShield usa nunca</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the scrypt parameters are too weak: use N of at least 2^14 with r = 8 and p = 1</source>
        <translation>los parámetros de scrypt son demasiado débiles: use un N de al menos 2^14 con r = 8 y p = 1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the scrypt parameters are too weak for this machine: leave them out to use the calibrated cost</source>
        <translation>los parámetros de scrypt son demasiado débiles para este equipo: omítalos para usar el coste calibrado</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the passphrase key could not be derived (scrypt failed, probably out of memory); close other programs and try again</source>
        <translation>no se pudo derivar la clave de la frase de contraseña (falló scrypt, probablemente por falta de memoria); cierre otros programas e inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../core/vault/records.cpp" line="+31"/>
        <source>the stored network cannot be read (%1); restore the vault from a backup</source>
        <translation>no se puede leer la red guardada (%1); restaure la bóveda desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../core/vault/schema.cpp" line="+166"/>
        <source>this vault was written by a newer BackendShield (schema version %1, this program knows up to %2); update BackendShield to open it</source>
        <translation>esta bóveda la escribió una versión más reciente de BackendShield (versión de esquema %1; este programa conoce hasta la %2); actualice BackendShield para abrirla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the vault database has an invalid schema version</source>
        <translation>la base de datos de la bóveda tiene una versión de esquema no válida</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the vault could not be upgraded to schema version %1: %2</source>
        <translation>no se pudo actualizar la bóveda a la versión de esquema %1: %2</translation>
    </message>
    <message>
        <location filename="../core/vault/settings_store.cpp" line="+23"/>
        <source>a setting needs a name</source>
        <translation>un ajuste necesita un nombre</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the auto-lock time must be between 1 and 1440 minutes</source>
        <translation>el tiempo de bloqueo automático debe estar entre 1 y 1440 minutos</translation>
    </message>
    <message>
        <location filename="../core/vault/sqlite_db.cpp" line="+141"/>
        <source>the disk is full: the change was not saved; free some space and try again</source>
        <translation>el disco está lleno: no se guardó el cambio; libere espacio e inténtelo de nuevo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a read or write error on the vault file (%1): nothing was changed; check the disk and try again</source>
        <translation>error de lectura o escritura en el archivo de la bóveda (%1): no se cambió nada; compruebe el disco e inténtelo de nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a read or write error on the vault file: nothing was changed; check the disk and try again</source>
        <translation>error de lectura o escritura en el archivo de la bóveda: no se cambió nada; compruebe el disco e inténtelo de nuevo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the vault file is damaged, truncated or not a BackendShield vault (%1); it was not read: restore it from a backup</source>
        <translation>el archivo de la bóveda está dañado, truncado o no es una bóveda de BackendShield (%1); no se leyó: restáurelo desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the vault file is damaged, truncated or not a BackendShield vault; it was not read: restore it from a backup</source>
        <translation>el archivo de la bóveda está dañado, truncado o no es una bóveda de BackendShield; no se leyó: restáurelo desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the vault is in use by another BackendShield process; close it and try again</source>
        <translation>otro proceso de BackendShield está usando la bóveda; ciérrelo e inténtelo de nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the vault file is read-only; check its permissions</source>
        <translation>el archivo de la bóveda es de solo lectura; compruebe sus permisos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the vault file cannot be opened (%1); check that it exists and is readable</source>
        <translation>el archivo de la bóveda no se puede abrir (%1); compruebe que existe y que se puede leer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the vault file cannot be opened; check that it exists and is readable</source>
        <translation>el archivo de la bóveda no se puede abrir; compruebe que existe y que se puede leer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>out of memory while using the vault</source>
        <translation>memoria insuficiente al usar la bóveda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no permission to use the vault file; check its permissions</source>
        <translation>no hay permiso para usar el archivo de la bóveda; compruebe sus permisos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the vault database reported an error (%1)</source>
        <translation>la base de datos de la bóveda informó de un error (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the vault database reported an error</source>
        <translation>la base de datos de la bóveda informó de un error</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>the vault database could not be keyed (SQLCipher refused the key)</source>
        <translation>no se pudo aplicar la clave a la base de datos de la bóveda (SQLCipher rechazó la clave)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this SQLite has no SQLCipher; BackendShield needs SQLCipher to open vaults (install the sqlcipher library it was built for)</source>
        <translation>este SQLite no tiene SQLCipher; BackendShield necesita SQLCipher para abrir bóvedas (instale la biblioteca sqlcipher para la que se compiló)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the vault database could not be configured (SQLCipher refused &quot;%1&quot;)</source>
        <translation>no se pudo configurar la base de datos de la bóveda (SQLCipher rechazó &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the vault database could not be configured (%1 is not %2 in this SQLCipher)</source>
        <translation>no se pudo configurar la base de datos de la bóveda (%1 no es %2 en este SQLCipher)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the vault database returned no value for %1</source>
        <translation>la base de datos de la bóveda no devolvió ningún valor para %1</translation>
    </message>
    <message>
        <location filename="../core/vault/store.h" line="+26"/>
        <source>the vault is locked; unlock it with its passphrase first</source>
        <translation>la bóveda está bloqueada; desbloquéela primero con su frase de contraseña</translation>
    </message>
    <message>
        <location filename="../core/vault/vault.cpp" line="+61"/>
        <source>the vault database cannot be read with the key in its header: the file is damaged, truncated, or not the database this header belongs to; restore it from a backup</source>
        <translation>la base de datos de la bóveda no se puede leer con la clave de su cabecera: el archivo está dañado, truncado o no es la base de datos a la que pertenece esta cabecera; restáurela desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+20"/>
        <source>the vault file failed verification (%1): it is damaged or was altered; restore the vault from a backup</source>
        <translation>el archivo de la bóveda no superó la verificación (%1): está dañado o fue alterado; restaure la bóveda desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>the vault file failed verification (no result): it is damaged or was altered; restore the vault from a backup</source>
        <translation>el archivo de la bóveda no superó la verificación (sin resultado): está dañado o fue alterado; restaure la bóveda desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the vault file failed verification: page %1 is damaged or was altered; restore the vault from a backup</source>
        <translation>el archivo de la bóveda no superó la verificación: la página %1 está dañada o fue alterada; restaure la bóveda desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the vault file failed verification (unreadable integrity report): it is damaged or was altered; restore the vault from a backup</source>
        <translation>el archivo de la bóveda no superó la verificación (informe de integridad ilegible): está dañado o fue alterado; restaure la bóveda desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the vault file failed verification (%1 free pages that cannot be checked): it is damaged or was altered; restore the vault from a backup</source>
        <translation>el archivo de la bóveda no superó la verificación (%1 páginas libres que no se pueden comprobar): está dañado o fue alterado; restaure la bóveda desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the vault file failed verification (page count unreadable): it is damaged or was altered; restore the vault from a backup</source>
        <translation>el archivo de la bóveda no superó la verificación (recuento de páginas ilegible): está dañado o fue alterado; restaure la bóveda desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the vault file failed verification (unexpected page size %1): it is damaged or was altered; restore the vault from a backup</source>
        <translation>el archivo de la bóveda no superó la verificación (tamaño de página inesperado: %1): está dañado o fue alterado; restaure la bóveda desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the vault file failed verification (file size %1 bytes, expected %2): it is damaged or was altered; restore the vault from a backup</source>
        <translation>el archivo de la bóveda no superó la verificación (tamaño de archivo de %1 bytes; se esperaban %2): está dañado o fue alterado; restaure la bóveda desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the profile name is empty; give the profile a name</source>
        <translation>el nombre del perfil está vacío; asigne un nombre al perfil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the profile or network name is too long (at most 256 bytes)</source>
        <translation>el nombre del perfil o de la red es demasiado largo (como máximo 256 bytes)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the network has no chain id</source>
        <translation>la red no tiene ID de cadena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the chain id or deployment block is too large</source>
        <translation>el ID de cadena o el bloque de despliegue es demasiado grande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a network URL is too long</source>
        <translation>una URL de la red es demasiado larga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the network description is too large (at most 1 MiB)</source>
        <translation>la descripción de la red es demasiado grande (como máximo 1 MiB)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>invalid eERC decryption key: a decryption key must be 1 to 64 hexadecimal digits, without 0x.</source>
        <translation>clave de descifrado eERC no válida: una clave de descifrado debe tener de 1 a 64 dígitos hexadecimales, sin 0x.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid auditor key: a decryption key must be 1 to 64 hexadecimal digits, without 0x.</source>
        <translation>clave de auditor no válida: una clave de descifrado debe tener de 1 a 64 dígitos hexadecimales, sin 0x.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>the vault&apos;s record of its passphrase protection is damaged; restore it from a backup</source>
        <translation>el registro de la bóveda sobre la protección de su frase de contraseña está dañado; restaure la bóveda desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the passphrase was changed elsewhere; lock and unlock again</source>
        <translation>la frase de contraseña se cambió en otro lugar; bloquee y vuelva a desbloquear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a passphrase change of this vault was interrupted after it re-encrypted the vault: unlock it with the NEW passphrase to finish the change (if that does not open it either, the vault file is damaged: restore it from a backup)</source>
        <translation>se interrumpió un cambio de la frase de contraseña de esta bóveda después de volver a cifrarla: desbloquéela con la frase de contraseña NUEVA para terminar el cambio (si tampoco así se abre, el archivo de la bóveda está dañado: restáurela desde una copia de seguridad)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a passphrase change of this vault was interrupted before it took effect: the OLD passphrase still opens the vault; unlock with it and change the passphrase again</source>
        <translation>se interrumpió un cambio de la frase de contraseña de esta bóveda antes de que surtiera efecto: la frase de contraseña ANTERIOR sigue abriendo la bóveda; desbloquéela con ella y vuelva a cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>the vault has no profile: it is damaged; restore it from a backup</source>
        <translation>la bóveda no tiene perfil: está dañada; restáurela desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the vault&apos;s profile has an unknown role; restore it from a backup</source>
        <translation>el perfil de la bóveda tiene un rol desconocido; restaure la bóveda desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>the header of an interrupted passphrase change (%1) is damaged: %2</source>
        <translation>la cabecera de un cambio de frase de contraseña interrumpido (%1) está dañada: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the vault database cannot be read with the key of either header: the file is damaged; restore it from a backup</source>
        <translation>la base de datos de la bóveda no se puede leer con la clave de ninguna de las dos cabeceras: el archivo está dañado; restáurela desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the passphrase is empty; choose one</source>
        <translation>la frase de contraseña está vacía; elija una</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (or its .header) already exists; choose another file name</source>
        <translation>%1 (o su .header) ya existe; elija otro nombre de archivo</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>the vault database %1 is missing (only its header exists); restore it from a backup</source>
        <translation>falta la base de datos de la bóveda %1 (solo existe su cabecera); restáurela desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the vault database %1 is missing</source>
        <translation>falta la base de datos de la bóveda %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the vault file is empty or truncated (%1 bytes); it was not read: restore it from a backup</source>
        <translation>el archivo de la bóveda está vacío o truncado (%1 bytes); no se leyó: restáurelo desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the vault database is empty or damaged (no schema); restore it from a backup</source>
        <translation>la base de datos de la bóveda está vacía o dañada (sin esquema); restáurela desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the vault&apos;s header file is an older copy with weaker passphrase protection than the vault last had; it was refused: put the current header back or restore the vault from a backup</source>
        <translation>el archivo de cabecera de la bóveda es una copia anterior con una protección de frase de contraseña más débil que la que tuvo la bóveda por última vez; se rechazó: vuelva a colocar la cabecera actual o restaure la bóveda desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>the new passphrase is empty; choose one</source>
        <translation>la nueva frase de contraseña está vacía; elija una</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the passphrase was not changed: %1</source>
        <translation>no se cambió la frase de contraseña: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>the passphrase change failed while re-encrypting the vault (%1); unlock it with the old or the new passphrase, and if neither opens it, restore it from a backup</source>
        <translation>el cambio de frase de contraseña falló al volver a cifrar la bóveda (%1); desbloquéela con la frase de contraseña anterior o con la nueva y, si ninguna la abre, restáurela desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the passphrase change failed while re-encrypting the vault (neither key opens it); unlock it with the old or the new passphrase, and if neither opens it, restore it from a backup</source>
        <translation>el cambio de frase de contraseña falló al volver a cifrar la bóveda (ninguna de las dos claves la abre); desbloquéela con la frase de contraseña anterior o con la nueva y, si ninguna la abre, restáurela desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the vault could not be re-encrypted</source>
        <translation>no se pudo volver a cifrar la bóveda</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the passphrase change could not be finished (%1): the vault now opens with the new passphrase only; unlock it with the new passphrase to finish the change</source>
        <translation>no se pudo terminar el cambio de frase de contraseña (%1): ahora la bóveda solo se abre con la nueva frase de contraseña; desbloquéela con la nueva frase de contraseña para terminar el cambio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the passphrase was changed, but the vault could not be opened again (%1); unlock it with the new passphrase</source>
        <translation>se cambió la frase de contraseña, pero no se pudo volver a abrir la bóveda (%1); desbloquéela con la nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no wallet key in this vault</source>
        <translation>no hay ninguna clave de la billetera en esta bóveda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the wallet key stored in the vault is invalid; restore it from a backup</source>
        <translation>la clave de la billetera guardada en la bóveda no es válida; restaure la bóveda desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no eERC key in this vault</source>
        <translation>no hay ninguna clave eERC en esta bóveda</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no auditor key in this vault</source>
        <translation>no hay ninguna clave de auditor en esta bóveda</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 already exists; choose another file name</source>
        <translation>%1 ya existe; elija otro nombre de archivo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the wallet key stored in the vault is invalid</source>
        <translation>la clave de la billetera guardada en la bóveda no es válida</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the backup&apos;s wallet key is invalid</source>
        <translation>la clave de la billetera de la copia de seguridad no es válida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the backup&apos;s eERC key is invalid</source>
        <translation>la clave eERC de la copia de seguridad no es válida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup&apos;s auditor key is invalid</source>
        <translation>la clave de auditor de la copia de seguridad no es válida</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the test&apos;s populate step failed</source>
        <translation>falló el paso de carga de datos del test</translation>
    </message>
    <message>
        <location filename="../core/vault/vault_header.cpp" line="+154"/>
        <source>the vault header file is not a BackendShield vault header (wrong magic)</source>
        <translation>el archivo de cabecera de la bóveda no es una cabecera de bóveda de BackendShield (número mágico incorrecto)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the vault header has format version %1, this program reads version %2; use a newer BackendShield</source>
        <translation>la cabecera de la bóveda tiene la versión de formato %1 y este programa lee la versión %2; use una versión más reciente de BackendShield</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the vault header file is truncated or damaged</source>
        <translation>el archivo de cabecera de la bóveda está truncado o dañado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the vault header is damaged (unknown role)</source>
        <translation>la cabecera de la bóveda está dañada (rol desconocido)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the vault header is damaged or not from BackendShield: %1</source>
        <translation>la cabecera de la bóveda está dañada o no es de BackendShield: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the vault header %1 is missing: without it the vault cannot be opened (its creation was interrupted, or the file was lost); restore it or use a backup</source>
        <translation>falta la cabecera de la bóveda %1: sin ella no se puede abrir la bóveda (se interrumpió su creación o se perdió el archivo); restáurela o use una copia de seguridad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no vault at %1 (neither the vault nor %2 exists)</source>
        <translation>no hay ninguna bóveda en %1 (no existe ni la bóveda ni %2)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>wrong passphrase (or the vault header was altered): the vault stays locked; try again</source>
        <translation>frase de contraseña incorrecta (o la cabecera de la bóveda fue alterada): la bóveda sigue bloqueada; inténtelo de nuevo</translation>
    </message>
</context>
<context>
    <name>wallet</name>
    <message>
        <location filename="../core/wallet/account.cpp" line="+139"/>
        <source>this address is registered on chain with a different eERC key; this profile cannot read its balance.</source>
        <translation>esta dirección está registrada en la cadena con otra clave eERC; este perfil no puede leer su saldo.</translation>
    </message>
    <message>
        <location filename="../core/wallet/audit.cpp" line="+22"/>
        <source>this profile is a provider profile; verification needs an auditor profile (bshield vault create --role auditor --wallet-key-file &lt;the auditor&apos;s key&gt; ...).</source>
        <translation>este perfil es un perfil de proveedor; la verificación necesita un perfil de auditor (bshield vault create --role auditor --wallet-key-file &lt;clave del auditor&gt; ...).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this profile is an operator profile; verification needs an auditor profile (bshield vault create --role auditor --wallet-key-file &lt;the auditor&apos;s key&gt; ...).</source>
        <translation>este perfil es un perfil de operador; la verificación necesita un perfil de auditor (bshield vault create --role auditor --wallet-key-file &lt;clave del auditor&gt; ...).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>verification keeps its scan and its runs in a vault; open the auditor&apos;s vault.</source>
        <translation>la verificación guarda su escaneo y sus ejecuciones en una bóveda; abra la bóveda del auditor.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the period&apos;s end must be after its start.</source>
        <translation>el fin del período debe ser posterior a su inicio.</translation>
    </message>
    <message>
        <location filename="../core/wallet/backup_restore.cpp" line="+36"/>
        <source>there is no file at %1; choose the backup file again.</source>
        <translation>no hay ningún archivo en %1; vuelva a elegir el archivo de copia de seguridad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a folder, not a backup file; choose the file.</source>
        <translation>%1 es una carpeta, no un archivo de copia de seguridad; elija el archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enter the passphrase the backup was saved with.</source>
        <translation>introduzca la frase de contraseña con la que se guardó la copia de seguridad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a profile file named %1 exists already; choose another name (the existing profile stays as it is).</source>
        <translation>ya existe un archivo de perfil llamado %1; elija otro nombre (el perfil existente no se modifica).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the backup was read, but its profile cannot be opened here (%1); nothing was restored.</source>
        <translation>la copia de seguridad se leyó, pero su perfil no se puede abrir aquí (%1); no se restauró nada.</translation>
    </message>
    <message>
        <location filename="../core/wallet/circuits.cpp" line="+26"/>
        <source>the network&apos;s description names no %1 circuit; add the profile again from the operator&apos;s address (or give the network file) so the circuits are known.</source>
        <translation>la descripción de la red no indica ningún circuito %1; vuelva a añadir el perfil desde la dirección del operador (o indique el archivo de red) para que se conozcan los circuitos.</translation>
    </message>
    <message>
        <location filename="../core/wallet/claims.cpp" line="+31"/>
        <source>the vault holds a malformed claim record (%1); check the vault with &apos;bshield vault unlock-check&apos;.</source>
        <translation>la bóveda contiene un registro de retiro mal formado (%1); compruebe la bóveda con &apos;bshield vault unlock-check&apos;.</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>the claim transaction cannot be recorded: it is not a withdraw call.</source>
        <translation>la transacción de retiro no se puede registrar: no es una llamada a withdraw.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the node estimates %1 gas, more than the limit of %2 this profile allows. Check the RPC node, or raise the limit in the profile&apos;s settings if you trust it.</source>
        <translation>el nodo estima %1 de gas, más que el límite de %2 que permite este perfil. Compruebe el nodo RPC, o aumente el límite en la configuración del perfil si confía en él.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the node asks for a fee of up to %1 gwei per gas, more than the cap of %2 gwei this profile allows. Wait for fees to fall, use another RPC node, or raise the cap in the profile&apos;s settings.</source>
        <translation>el nodo pide una comisión de hasta %1 gwei por unidad de gas, más que el tope de %2 gwei que permite este perfil. Espere a que bajen las comisiones, use otro nodo RPC, o aumente el tope en la configuración del perfil.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>an earlier claim (%1) is still unresolved: %2</source>
        <translation>un retiro anterior (%1) sigue sin resolverse: %2</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>this profile keeps no claims.</source>
        <translation>este perfil no guarda retiros.</translation>
    </message>
    <message>
        <location filename="../core/wallet/operator_actions.cpp" line="+66"/>
        <source>the network description states other decimals than the contracts hold (token %1, eERC %2); update the profile&apos;s network.</source>
        <translation>la descripción de la red indica otros decimales que los de los contratos (token %1, eERC %2); actualice la red del perfil.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the network pays from the operator account %1, but this profile holds the key of %2; only the paying account&apos;s key can read its eERC balance. Use that account&apos;s profile.</source>
        <translation>la red paga desde la cuenta de operador %1, pero este perfil tiene la clave de %2; solo la clave de la cuenta pagadora puede leer su saldo eERC. Use el perfil de esa cuenta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the operator account %1 is registered with another eERC key than this profile&apos;s, so its eERC balance cannot be decrypted here; import the registered eERC key.</source>
        <translation>la cuenta de operador %1 está registrada con una clave eERC distinta de la de este perfil, así que su saldo eERC no se puede descifrar aquí; importe la clave eERC registrada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the operator&apos;s eERC balance cannot be read: its encrypted parts disagree and the amount is beyond the recovery bound.</source>
        <translation>no se puede leer el saldo eERC del operador: sus partes cifradas no concuerdan y el importe supera el límite de recuperación.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the operator&apos;s eERC balance is too large to express in token units.</source>
        <translation>el saldo eERC del operador es demasiado grande para expresarlo en unidades del token.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the operator cannot fund %1: the eERC balance (%2) and the wallet (%3) hold %4; add %5 to the operator&apos;s wallet or choose a smaller pool. Nothing was sent.</source>
        <translation>el operador no puede financiar %1: el saldo eERC (%2) y la billetera (%3) suman %4; añada %5 a la billetera del operador o elija un fondo menor. No se envió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the operator cannot fund %1: the eERC balance (%2) and the wallet (%3) hold %4, of which unfinished cycles will still pay %5; add %6 to the operator&apos;s wallet or choose a smaller pool. Nothing was sent.</source>
        <translation>el operador no puede financiar %1: el saldo eERC (%2) y la billetera (%3) suman %4, de los cuales los ciclos no terminados aún pagarán %5; añada %6 a la billetera del operador o elija un fondo menor. No se envió nada.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the server lists provider %1 twice.</source>
        <translation>el servidor lista dos veces al proveedor %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the server&apos;s total weight is %1 but its providers&apos; weights add up to %2.</source>
        <translation>el peso total del servidor es %1, pero los pesos de sus proveedores suman %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server counts %1 providers but lists %2.</source>
        <translation>el servidor cuenta %1 proveedores pero lista %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server would skip the cycle for lack of usage, but lists providers with usage.</source>
        <translation>el servidor omitiría el ciclo por falta de uso, pero lista proveedores con uso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server would pay a cycle without any usage.</source>
        <translation>el servidor pagaría un ciclo sin ningún uso.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>provider %1: the server allocates %2 without any usage to weigh.</source>
        <translation>proveedor %1: el servidor asigna %2 sin ningún uso que ponderar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>provider %1: the server allocates %2, the revenue rule gives %3.</source>
        <translation>proveedor %1: el servidor asigna %2, la regla de ingresos da %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>provider %1: the server states a dust of %2, the decimals give %3.</source>
        <translation>proveedor %1: el servidor indica un residuo de %2, los decimales dan %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server&apos;s amounts add up to %1, not to the pool of %2.</source>
        <translation>los importes del servidor suman %1, no el fondo de %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server allocates %1 without any usage.</source>
        <translation>el servidor asigna %1 sin ningún uso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server&apos;s dust total is %1 but its lines add up to %2.</source>
        <translation>el residuo total del servidor es %1, pero sus líneas suman %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>provider %1 is %2 and should not be paid.</source>
        <translation>el proveedor %1 está en estado %2 y no debería recibir pagos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>provider %1 is not in the providers list and should not be paid.</source>
        <translation>el proveedor %1 no está en la lista de proveedores y no debería recibir pagos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>provider %1 would be paid at %2 but registered %3.</source>
        <translation>el proveedor %1 se pagaría en %2, pero registró %3.</translation>
    </message>
    <message>
        <location filename="../core/wallet/profile.cpp" line="+17"/>
        <source>the network file describes another deployment than the profile&apos;s.</source>
        <translation>el archivo de red describe un despliegue distinto del del perfil.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the profile has no network; create it again from the network&apos;s description (bshield vault create --network, or add the profile in the app).</source>
        <translation>el perfil no tiene red; vuelva a crearlo a partir de la descripción de la red (bshield vault create --network, o añada el perfil en la aplicación).</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>this profile has no vault to back up.</source>
        <translation>este perfil no tiene ninguna bóveda de la que hacer una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../core/wallet/registration.cpp" line="+96"/>
        <source>the registration is incomplete; correct the marked fields.</source>
        <translation>el registro está incompleto; corrija los campos marcados.</translation>
    </message>
    <message>
        <location filename="../core/wallet/role_keys.cpp" line="+36"/>
        <source>the network&apos;s description names no operator account, so this key cannot be checked; connect through the operator&apos;s server (its GET /network names the account).</source>
        <translation>la descripción de la red no indica ninguna cuenta de operador, así que esta clave no se puede comprobar; conéctese a través del servidor del operador (su GET /network indica la cuenta).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this key belongs to %1, but the operator of this network is %2 (the account that sends the payouts); import that account&apos;s wallet key.</source>
        <translation>esta clave pertenece a %1, pero el operador de esta red es %2 (la cuenta que envía los pagos); importe la clave de la billetera de esa cuenta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this key belongs to %1, but the operator of %2 is %3 (the account that sends the payouts); import that account&apos;s wallet key.</source>
        <translation>esta clave pertenece a %1, pero el operador de %2 es %3 (la cuenta que envía los pagos); importe la clave de la billetera de esa cuenta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the network&apos;s description names no auditor, so this key cannot be checked; ask the operator for the current description.</source>
        <translation>la descripción de la red no indica ningún auditor, así que esta clave no se puede comprobar; pida al operador la descripción actual.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this key belongs to %1, but the auditor registered on this network is %2; import the wallet key of the auditor&apos;s account.</source>
        <translation>esta clave pertenece a %1, pero el auditor registrado en esta red es %2; importe la clave de la billetera de la cuenta del auditor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this key belongs to %1, but the auditor registered on %2 is %3; import the wallet key of the auditor&apos;s account.</source>
        <translation>esta clave pertenece a %1, pero el auditor registrado en %2 es %3; importe la clave de la billetera de la cuenta del auditor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this is the auditor account&apos;s wallet key, but the eERC key derived from it is not the auditor key this network names; the auditor key was set from another key. Ask the operator which key the auditor registered with.</source>
        <translation>esta es la clave de la billetera de la cuenta del auditor, pero la clave eERC derivada de ella no es la clave de auditor que indica esta red; la clave de auditor se estableció a partir de otra clave. Pregunte al operador con qué clave se registró el auditor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is the auditor account&apos;s wallet key, but the eERC key derived from it is not the auditor key %1 names; the auditor key was set from another key. Ask the operator which key the auditor registered with.</source>
        <translation>esta es la clave de la billetera de la cuenta del auditor, pero la clave eERC derivada de ella no es la clave de auditor que indica %1; la clave de auditor se estableció a partir de otra clave. Pregunte al operador con qué clave se registró el auditor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown role.</source>
        <translation>rol desconocido.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the auditor of the contract on this network is now %1, not %2 as the operator&apos;s description says; the auditor has changed. Import the current auditor&apos;s wallet key.</source>
        <translation>el auditor del contrato en esta red es ahora %1, no %2 como dice la descripción del operador; el auditor ha cambiado. Importe la clave de la billetera del auditor actual.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the auditor of the contract on %1 is now %2, not %3 as the operator&apos;s description says; the auditor has changed. Import the current auditor&apos;s wallet key.</source>
        <translation>el auditor del contrato en %1 es ahora %2, no %3 como dice la descripción del operador; el auditor ha cambiado. Importe la clave de la billetera del auditor actual.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the contract&apos;s auditor public key is not the eERC key of this wallet key; the auditor key was set from another key. Ask the operator which key the auditor registered with.</source>
        <translation>la clave pública de auditor del contrato no es la clave eERC de esta clave de la billetera; la clave de auditor se estableció a partir de otra clave. Pregunte al operador con qué clave se registró el auditor.</translation>
    </message>
    <message>
        <location filename="../core/wallet/server.cpp" line="+13"/>
        <source>this profile has no operator server; add its address in the profile&apos;s network settings.</source>
        <translation>este perfil no tiene servidor del operador; añada su dirección en la configuración de red del perfil.</translation>
    </message>
    <message>
        <location filename="../core/wallet/statement.cpp" line="+71"/>
        <source>the statement&apos;s period must end after it starts.</source>
        <translation>el período del extracto debe terminar después de empezar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this account is not registered on chain, so it has received no payouts; register first.</source>
        <translation>esta cuenta no está registrada en la cadena, así que no ha recibido pagos; regístrese primero.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>cancelled.</source>
        <translation>cancelado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the payout %1 is not a direct eERC transfer to this account; it cannot be proven.</source>
        <translation>el pago %1 no es una transferencia eERC directa a esta cuenta; no se puede probar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the payout %1 does not decrypt to the amount in the history; refresh the history and try again.</source>
        <translation>al descifrar el pago %1 no se obtiene el importe del historial; actualice el historial e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the statement names another chain or other contracts than the network you trust; it is not a statement of that network&apos;s payouts.</source>
        <translation>el extracto indica otra cadena u otros contratos que la red en la que usted confía; no es un extracto de los pagos de esa red.</translation>
    </message>
    <message>
        <location filename="../core/wallet/vault_audit_store.cpp" line="+75"/>
        <source>the saved report of run %1 in the vault is damaged; run the verification again.</source>
        <translation>el informe guardado de la ejecución %1 en la bóveda está dañado; vuelva a ejecutar la verificación.</translation>
    </message>
    <message>
        <location filename="../core/wallet/vault_history_cache.cpp" line="+29"/>
        <source>a history entry has a token id too large to store.</source>
        <translation>una entrada del historial tiene un id de token demasiado grande para guardarse.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the vault&apos;s history cache holds an entry that does not parse; it will be scanned again.</source>
        <translation>la caché del historial de la bóveda contiene una entrada que no se puede interpretar; se volverá a escanear.</translation>
    </message>
    <message>
        <location filename="../core/wallet/wallet.cpp" line="+35"/>
        <source>the wallet key is not valid: %1</source>
        <translation>la clave de la billetera no es válida: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read the key file: %1</source>
        <translation>no se puede leer el archivo de clave: %1</translation>
    </message>
</context>
<context>
    <name>zk</name>
    <message>
        <location filename="../core/zk/binfile.cpp" line="+20"/>
        <source>The file is not a proving key (.zkey) (wrong file type). Choose the right file.</source>
        <translation>El archivo no es una clave de prueba (.zkey) (tipo de archivo incorrecto). Elija el archivo correcto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proving key (.zkey) has format version %1, which this version of the app cannot read.</source>
        <translation>La clave de prueba (.zkey) tiene la versión de formato %1, que esta versión de la aplicación no puede leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proving key (.zkey) is truncated (section header %1 is missing). Download it again.</source>
        <translation>La clave de prueba (.zkey) está truncada (falta la cabecera de la sección %1). Descárguela de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proving key (.zkey) is truncated (section %1 is incomplete). Download it again.</source>
        <translation>La clave de prueba (.zkey) está truncada (la sección %1 está incompleta). Descárguela de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proving key (.zkey) is corrupt (section %1 appears twice). Download it again.</source>
        <translation>La clave de prueba (.zkey) está dañada (la sección %1 aparece dos veces). Descárguela de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proving key (.zkey) is incomplete (section %1 is missing). Download it again.</source>
        <translation>La clave de prueba (.zkey) está incompleta (falta la sección %1). Descárguela de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not a witness file (.wtns) (wrong file type). Choose the right file.</source>
        <translation>El archivo no es un archivo de testigo (.wtns) (tipo de archivo incorrecto). Elija el archivo correcto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The witness file (.wtns) has format version %1, which this version of the app cannot read.</source>
        <translation>El archivo de testigo (.wtns) tiene la versión de formato %1, que esta versión de la aplicación no puede leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The witness file (.wtns) is truncated (section header %1 is missing). Download it again.</source>
        <translation>El archivo de testigo (.wtns) está truncado (falta la cabecera de la sección %1). Descárguelo de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The witness file (.wtns) is truncated (section %1 is incomplete). Download it again.</source>
        <translation>El archivo de testigo (.wtns) está truncado (la sección %1 está incompleta). Descárguelo de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The witness file (.wtns) is corrupt (section %1 appears twice). Download it again.</source>
        <translation>El archivo de testigo (.wtns) está dañado (la sección %1 aparece dos veces). Descárguelo de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The witness file (.wtns) is incomplete (section %1 is missing). Download it again.</source>
        <translation>El archivo de testigo (.wtns) está incompleto (falta la sección %1). Descárguelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/zk/groth16.cpp" line="+136"/>
        <source>The system random number generator failed; the proof was not made.</source>
        <translation>Falló el generador de números aleatorios del sistema; no se generó la prueba.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>The witness has %1 values but the proving key expects %2: the circuit and the proving key do not belong together.</source>
        <translation>El testigo tiene %1 valores, pero la clave de prueba espera %2: el circuito y la clave de prueba no se corresponden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The witness is invalid (its first value must be 1).</source>
        <translation>El testigo no es válido (su primer valor debe ser 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proof generation was cancelled.</source>
        <translation>Se canceló la generación de la prueba.</translation>
    </message>
    <message>
        <location filename="../core/zk/verified_file.cpp" line="+46"/>
        <source>The expected SHA-256 of %1 is malformed; add the network again from its description.</source>
        <translation>El SHA-256 esperado de %1 está mal formado; vuelva a añadir la red a partir de su descripción.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot hash the circuit file %1.</source>
        <translation>No se puede calcular el hash del archivo de circuito %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The circuit file %1 does not match its SHA-256 (damaged or replaced); fetch the circuit files again.</source>
        <translation>El archivo de circuito %1 no coincide con su SHA-256 (está dañado o fue sustituido); vuelva a descargar los archivos del circuito.</translation>
    </message>
    <message>
        <location filename="../core/zk/verified_file.h" line="+22"/>
        <source>Cannot read the circuit file %1: %2.</source>
        <translation>No se puede leer el archivo de circuito %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/zk/wasm_interpreter.cpp" line="+35"/>
        <source>WebAssembly trap: unreachable executed.</source>
        <translation>Trampa de WebAssembly: se ejecutó unreachable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WebAssembly trap: call_indirect index out of table bounds.</source>
        <translation>Trampa de WebAssembly: índice de call_indirect fuera de los límites de la tabla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WebAssembly trap: call_indirect to a null table entry.</source>
        <translation>Trampa de WebAssembly: call_indirect a una entrada nula de la tabla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WebAssembly trap: call_indirect signature mismatch.</source>
        <translation>Trampa de WebAssembly: la firma de call_indirect no coincide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WebAssembly trap: out of bounds memory access.</source>
        <translation>Trampa de WebAssembly: acceso a memoria fuera de límites.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebAssembly trap: integer divide by zero.</source>
        <translation>Trampa de WebAssembly: división entera por cero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebAssembly trap: integer overflow.</source>
        <translation>Trampa de WebAssembly: desbordamiento de entero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebAssembly trap: call stack exhausted.</source>
        <translation>Trampa de WebAssembly: pila de llamadas agotada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebAssembly trap: fuel exhausted.</source>
        <translation>Trampa de WebAssembly: combustible agotado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebAssembly trap: cancelled.</source>
        <translation>Trampa de WebAssembly: cancelada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>WebAssembly trap: %1.</source>
        <translation>Trampa de WebAssembly: %1.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The WebAssembly module needs an unknown import %1.</source>
        <translation>El módulo WebAssembly necesita una importación desconocida: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The WebAssembly import %1 has an unexpected type.</source>
        <translation>La importación de WebAssembly %1 tiene un tipo inesperado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The WebAssembly module needs more memory than allowed.</source>
        <translation>El módulo WebAssembly necesita más memoria de la permitida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough memory for the WebAssembly module.</source>
        <translation>No hay memoria suficiente para el módulo WebAssembly.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A WebAssembly element segment lies outside the table.</source>
        <translation>Un segmento de elementos de WebAssembly queda fuera de la tabla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A WebAssembly data segment lies outside the memory.</source>
        <translation>Un segmento de datos de WebAssembly queda fuera de la memoria.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The WebAssembly module does not export a function named %1.</source>
        <translation>El módulo WebAssembly no exporta ninguna función llamada %1.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>WebAssembly function index out of range.</source>
        <translation>Índice de función de WebAssembly fuera de rango.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wrong number of arguments for a WebAssembly function.</source>
        <translation>Número incorrecto de argumentos para una función de WebAssembly.</translation>
    </message>
    <message>
        <location filename="../core/zk/wasm_module.cpp" line="+141"/>
        <source>Invalid WebAssembly module at byte %1: %2</source>
        <translation>Módulo WebAssembly no válido en el byte %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed or truncated i32 constant</source>
        <translation>constante i32 mal formada o truncada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>malformed or truncated i64 constant</source>
        <translation>constante i64 mal formada o truncada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>malformed or truncated branch depth</source>
        <translation>profundidad de salto mal formada o truncada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many functions</source>
        <translation>demasiadas funciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory instruction without a memory</source>
        <translation>instrucción de memoria sin memoria</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bad limits flag for table</source>
        <translation>indicador de límites incorrecto para la tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table maximum is below its minimum</source>
        <translation>el máximo de la tabla es inferior a su mínimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table size exceeds the supported limit</source>
        <translation>el tamaño de la tabla supera el límite admitido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bad limits flag for memory</source>
        <translation>indicador de límites incorrecto para la memoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory maximum is below its minimum</source>
        <translation>el máximo de la memoria es inferior a su mínimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory size exceeds the supported limit</source>
        <translation>el tamaño de la memoria supera el límite admitido</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>malformed or truncated name length</source>
        <translation>longitud de nombre mal formada o truncada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name runs past the end of the section</source>
        <translation>el nombre sobrepasa el final de la sección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name is not valid UTF-8</source>
        <translation>el nombre no es UTF-8 válido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>malformed or truncated value type</source>
        <translation>tipo de valor mal formado o truncado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>floating-point value types are not supported (circom does not use them)</source>
        <translation>no se admiten tipos de valor de coma flotante (circom no los usa)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown value type %1</source>
        <translation>tipo de valor desconocido %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>malformed or truncated limits</source>
        <translation>límites mal formados o truncados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>malformed or truncated limits minimum</source>
        <translation>mínimo de los límites mal formado o truncado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed or truncated limits maximum</source>
        <translation>máximo de los límites mal formado o truncado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>malformed or truncated constant expression</source>
        <translation>expresión constante mal formada o truncada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unsupported or mistyped constant expression</source>
        <translation>expresión constante no admitida o con tipo incorrecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>malformed or truncated constant expression end</source>
        <translation>final de expresión constante mal formado o truncado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>constant expression must end after one instruction</source>
        <translation>la expresión constante debe terminar después de una instrucción</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>module is larger than the allowed %1 bytes</source>
        <translation>el módulo supera los %1 bytes permitidos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a WebAssembly binary (bad magic)</source>
        <translation>no es un binario de WebAssembly (número mágico incorrecto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported WebAssembly version (only 1 is supported)</source>
        <translation>versión de WebAssembly no admitida (solo se admite la 1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>malformed or truncated section id</source>
        <translation>id de sección mal formado o truncado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed or truncated section size</source>
        <translation>tamaño de sección mal formado o truncado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>section size runs past the end of the module</source>
        <translation>el tamaño de la sección sobrepasa el final del módulo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown or unsupported section id %1</source>
        <translation>id de sección desconocido o no admitido: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>section %1 is out of order or repeated</source>
        <translation>la sección %1 está desordenada o repetida</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>section %1 has trailing bytes</source>
        <translation>la sección %1 tiene bytes sobrantes al final</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>function section declares bodies that the code section lacks</source>
        <translation>la sección de funciones declara cuerpos que faltan en la sección de código</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>malformed or truncated types</source>
        <translation>tipos mal formados o truncados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of types exceeds the section size</source>
        <translation>el número de tipos supera el tamaño de la sección</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>malformed or truncated function type</source>
        <translation>tipo de función mal formado o truncado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a function type (0x60)</source>
        <translation>se esperaba un tipo de función (0x60)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed or truncated parameters</source>
        <translation>parámetros mal formados o truncados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of parameters exceeds the section size</source>
        <translation>el número de parámetros supera el tamaño de la sección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed or truncated results</source>
        <translation>resultados mal formados o truncados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of results exceeds the section size</source>
        <translation>el número de resultados supera el tamaño de la sección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>functions with more than one result are not supported</source>
        <translation>no se admiten funciones con más de un resultado</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>malformed or truncated imports</source>
        <translation>importaciones mal formadas o truncadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of imports exceeds the section size</source>
        <translation>el número de importaciones supera el tamaño de la sección</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>malformed or truncated import kind</source>
        <translation>tipo de importación mal formado o truncado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import %1.%2: only function imports are supported</source>
        <translation>importación %1.%2: solo se admiten importaciones de funciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed or truncated import type index</source>
        <translation>índice de tipo de importación mal formado o truncado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import type index out of range</source>
        <translation>índice de tipo de importación fuera de rango</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>malformed or truncated functions</source>
        <translation>funciones mal formadas o truncadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of functions exceeds the section size</source>
        <translation>el número de funciones supera el tamaño de la sección</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>malformed or truncated function type index</source>
        <translation>índice de tipo de función mal formado o truncado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>function type index out of range</source>
        <translation>índice de tipo de función fuera de rango</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>malformed or truncated tables</source>
        <translation>tablas mal formadas o truncadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of tables exceeds the section size</source>
        <translation>el número de tablas supera el tamaño de la sección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most one table is allowed</source>
        <translation>se permite como máximo una tabla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed or truncated table element type</source>
        <translation>tipo de elemento de tabla mal formado o truncado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table element type must be funcref</source>
        <translation>el tipo de elemento de la tabla debe ser funcref</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>malformed or truncated memories</source>
        <translation>memorias mal formadas o truncadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of memories exceeds the section size</source>
        <translation>el número de memorias supera el tamaño de la sección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most one memory is allowed</source>
        <translation>se permite como máximo una memoria</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>malformed or truncated globals</source>
        <translation>variables globales mal formadas o truncadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of globals exceeds the section size</source>
        <translation>el número de variables globales supera el tamaño de la sección</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>malformed or truncated global mutability</source>
        <translation>mutabilidad de variable global mal formada o truncada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bad global mutability flag</source>
        <translation>indicador de mutabilidad de variable global incorrecto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>malformed or truncated exports</source>
        <translation>exportaciones mal formadas o truncadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of exports exceeds the section size</source>
        <translation>el número de exportaciones supera el tamaño de la sección</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>malformed or truncated export kind</source>
        <translation>tipo de exportación mal formado o truncado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>malformed or truncated export index</source>
        <translation>índice de exportación mal formado o truncado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exported function index out of range</source>
        <translation>índice de función exportada fuera de rango</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exported table index out of range</source>
        <translation>índice de tabla exportada fuera de rango</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exported memory index out of range</source>
        <translation>índice de memoria exportada fuera de rango</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exported global index out of range</source>
        <translation>índice de variable global exportada fuera de rango</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown export kind</source>
        <translation>tipo de exportación desconocido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>duplicate export name %1</source>
        <translation>nombre de exportación duplicado: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>malformed or truncated start function index</source>
        <translation>índice de función de inicio mal formado o truncado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start function index out of range</source>
        <translation>índice de función de inicio fuera de rango</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start function must take and return nothing</source>
        <translation>la función de inicio no debe recibir ni devolver nada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>malformed or truncated element segments</source>
        <translation>segmentos de elementos mal formados o truncados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of element segments exceeds the section size</source>
        <translation>el número de segmentos de elementos supera el tamaño de la sección</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>malformed or truncated element segment flags</source>
        <translation>indicadores de segmento de elementos mal formados o truncados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only MVP active element segments for table 0 are supported</source>
        <translation>solo se admiten segmentos de elementos activos MVP para la tabla 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>element segment without a table</source>
        <translation>segmento de elementos sin tabla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>malformed or truncated element functions</source>
        <translation>funciones de elemento mal formadas o truncadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of element functions exceeds the section size</source>
        <translation>el número de funciones de elemento supera el tamaño de la sección</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>malformed or truncated element function index</source>
        <translation>índice de función de elemento mal formado o truncado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>element function index out of range</source>
        <translation>índice de función de elemento fuera de rango</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>malformed or truncated data segments</source>
        <translation>segmentos de datos mal formados o truncados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of data segments exceeds the section size</source>
        <translation>el número de segmentos de datos supera el tamaño de la sección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed or truncated data segment flags</source>
        <translation>indicadores de segmento de datos mal formados o truncados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only MVP active data segments for memory 0 are supported</source>
        <translation>solo se admiten segmentos de datos activos MVP para la memoria 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data segment without a memory</source>
        <translation>segmento de datos sin memoria</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>malformed or truncated data segment length</source>
        <translation>longitud de segmento de datos mal formada o truncada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>data segment runs past the end of the section</source>
        <translation>el segmento de datos sobrepasa el final de la sección</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>malformed or truncated function bodies</source>
        <translation>cuerpos de función mal formados o truncados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of function bodies exceeds the section size</source>
        <translation>el número de cuerpos de función supera el tamaño de la sección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>code section count differs from the function section</source>
        <translation>el número de entradas de la sección de código difiere del de la sección de funciones</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>malformed or truncated function body size</source>
        <translation>tamaño de cuerpo de función mal formado o truncado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>function body runs past the end of the section</source>
        <translation>el cuerpo de función sobrepasa el final de la sección</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>malformed or truncated local groups</source>
        <translation>grupos de variables locales mal formados o truncados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of local groups exceeds the section size</source>
        <translation>el número de grupos de variables locales supera el tamaño de la sección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed or truncated local count</source>
        <translation>número de variables locales mal formado o truncado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too many locals</source>
        <translation>demasiadas variables locales</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>module code too large</source>
        <translation>código del módulo demasiado grande</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>operand stack underflow</source>
        <translation>subdesbordamiento de la pila de operandos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>type mismatch on the operand stack</source>
        <translation>discrepancia de tipos en la pila de operandos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>branch depth out of range</source>
        <translation>profundidad de salto fuera de rango</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>malformed or truncated instruction</source>
        <translation>instrucción mal formada o truncada</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>malformed or truncated block type</source>
        <translation>tipo de bloque mal formado o truncado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unsupported block type (multi-value and floats are not supported)</source>
        <translation>tipo de bloque no admitido (no se admiten multivalor ni coma flotante)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>blocks nested too deeply</source>
        <translation>bloques anidados con demasiada profundidad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>else without a matching if</source>
        <translation>else sin un if correspondiente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>operand stack height mismatch at else</source>
        <translation>discrepancia de altura de la pila de operandos en else</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>operand stack height mismatch at end of block</source>
        <translation>discrepancia de altura de la pila de operandos al final del bloque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>if with a result needs an else</source>
        <translation>un if con resultado necesita un else</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bytes after the end of the function body</source>
        <translation>bytes después del final del cuerpo de la función</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>malformed or truncated branch table entries</source>
        <translation>entradas de tabla de saltos mal formadas o truncadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count of branch table entries exceeds the section size</source>
        <translation>el número de entradas de la tabla de saltos supera el tamaño de la sección</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>br_table targets have different arities</source>
        <translation>los destinos de br_table tienen aridades distintas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>br_table targets have different types</source>
        <translation>los destinos de br_table tienen tipos distintos</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>malformed or truncated function index</source>
        <translation>índice de función mal formado o truncado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>call to a function index out of range</source>
        <translation>llamada a un índice de función fuera de rango</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>malformed or truncated type index</source>
        <translation>índice de tipo mal formado o truncado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed or truncated table index</source>
        <translation>índice de tabla mal formado o truncado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call_indirect table index must be 0</source>
        <translation>el índice de tabla de call_indirect debe ser 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>call_indirect without a table</source>
        <translation>call_indirect sin tabla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>call_indirect type index out of range</source>
        <translation>índice de tipo de call_indirect fuera de rango</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>malformed or truncated local index</source>
        <translation>índice de variable local mal formado o truncado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>local index out of range</source>
        <translation>índice de variable local fuera de rango</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>malformed or truncated global index</source>
        <translation>índice de variable global mal formado o truncado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>global index out of range</source>
        <translation>índice de variable global fuera de rango</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>global.set of an immutable global</source>
        <translation>global.set de una variable global inmutable</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>malformed or truncated memory index</source>
        <translation>índice de memoria mal formado o truncado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory index must be 0</source>
        <translation>el índice de memoria debe ser 0</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>malformed or truncated memory alignment</source>
        <translation>alineación de memoria mal formada o truncada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed or truncated memory offset</source>
        <translation>desplazamiento de memoria mal formado o truncado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>alignment larger than the access width</source>
        <translation>alineación mayor que el ancho del acceso</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>unsupported instruction %1 (floating point and post-MVP instructions are not supported)</source>
        <translation>instrucción no admitida %1 (no se admiten instrucciones de coma flotante ni posteriores a MVP)</translation>
    </message>
    <message>
        <location filename="../core/zk/witness_calculator.cpp" line="+101"/>
        <source>The circuit rejected the input: %1</source>
        <translation>El circuito rechazó la entrada: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The value of input %1 must be an integer below 2^53 or a quoted integer string.</source>
        <translation>El valor de la entrada %1 debe ser un entero menor que 2^53 o un entero como cadena de texto entre comillas.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The value of input %1 is not an integer (decimal, or hex with 0x).</source>
        <translation>El valor de la entrada %1 no es un entero (decimal, o hexadecimal con 0x).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The value of input %1 must be a number or a string.</source>
        <translation>El valor de la entrada %1 debe ser un número o una cadena de texto.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Input %1 mixes objects and values in one array.</source>
        <translation>La entrada %1 mezcla objetos y valores en un mismo array.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The circuit printed an overlong message.</source>
        <translation>El circuito imprimió un mensaje demasiado largo.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The witness calculator failed: %1</source>
        <translation>Falló la calculadora de testigos: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The circuit&apos;s .wasm file is damaged or not supported. %1</source>
        <translation>El archivo .wasm del circuito está dañado o no es compatible. %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The .wasm file is not a circom 2 witness calculator (circom 1 files are not supported).</source>
        <translation>El archivo .wasm no es una calculadora de testigos de circom 2 (no se admiten archivos de circom 1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The .wasm file is not a circom 2 witness calculator (no %1).</source>
        <translation>El archivo .wasm no es una calculadora de testigos de circom 2 (falta %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The .wasm file is not a circom 2 witness calculator (%1 has an unexpected type).</source>
        <translation>El archivo .wasm no es una calculadora de testigos de circom 2 (%1 tiene un tipo inesperado).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The .wasm file is not a circom 2 witness calculator (it has a start function).</source>
        <translation>El archivo .wasm no es una calculadora de testigos de circom 2 (tiene una función de inicio).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The circuit&apos;s .wasm file cannot be loaded: %1</source>
        <translation>El archivo .wasm del circuito no se puede cargar: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The circuit was compiled by circom %1, only circom 2 is supported.</source>
        <translation>El circuito se compiló con circom %1; solo se admite circom 2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The circuit is not for the BN254 scalar field (field size %1 bits).</source>
        <translation>El circuito no es para el campo escalar BN254 (tamaño del campo: %1 bits).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The circuit is not for the BN254 scalar field (its prime is %1).</source>
        <translation>El circuito no es para el campo escalar BN254 (su primo es %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The .wasm file is not a circom 2 witness calculator (it has no wires).</source>
        <translation>El archivo .wasm no es una calculadora de testigos de circom 2 (no tiene cables).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The circuit input is not valid JSON: %1 at offset %2.</source>
        <translation>La entrada del circuito no es JSON válido: %1 en la posición %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The circuit input must be a JSON object of signal names and values.</source>
        <translation>La entrada del circuito debe ser un objeto JSON de nombres de señales y valores.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The witness calculation was cancelled.</source>
        <translation>Se canceló el cálculo del testigo.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1
Circuit log:
%2</source>
        <translation>%1
Registro del circuito:
%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The circuit has no input signal named &quot;%1&quot;.</source>
        <translation>El circuito no tiene ninguna señal de entrada llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Input signal &quot;%1&quot; needs %2 values, the input has %3.</source>
        <translation>La señal de entrada &quot;%1&quot; necesita %2 valores; la entrada tiene %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not all inputs of the circuit are set: %1 of %2 values given.</source>
        <translation>No están definidas todas las entradas del circuito: se dieron %1 de %2 valores.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The witness calculator returned a value outside the field (wire %1).</source>
        <translation>La calculadora de testigos devolvió un valor fuera del campo (cable %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The witness calculator returned a witness whose wire 0 is not 1.</source>
        <translation>La calculadora de testigos devolvió un testigo cuyo cable 0 no es 1.</translation>
    </message>
    <message>
        <location filename="../core/zk/wtns.cpp" line="+16"/>
        <source>The witness file is for another field; only BN254 witnesses can be used.</source>
        <translation>El archivo de testigo es para otro campo; solo se pueden usar testigos BN254.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The witness file is corrupt (its size does not match its header).</source>
        <translation>El archivo de testigo está dañado (su tamaño no coincide con su cabecera).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The witness file is corrupt (value %1 is not a field element).</source>
        <translation>El archivo de testigo está dañado (el valor %1 no es un elemento del campo).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The witness file is corrupt (its first value must be 1).</source>
        <translation>El archivo de testigo está dañado (su primer valor debe ser 1).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot open the witness file %1: %2.</source>
        <translation>No se puede abrir el archivo de testigo %1: %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write the witness file %1: %2.</source>
        <translation>No se puede escribir el archivo de testigo %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/zk/zkey.cpp" line="+33"/>
        <source>The proving key is for another curve; only BN254 (bn128) keys can be used.</source>
        <translation>La clave de prueba es para otra curva; solo se pueden usar claves BN254 (bn128).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proving key (.zkey) is corrupt: invalid %1. Download it again.</source>
        <translation>La clave de prueba (.zkey) está dañada: %1 no es válido. Descárguela de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proving key (.zkey) is corrupt: invalid point %1 in section %2. Download it again.</source>
        <translation>La clave de prueba (.zkey) está dañada: el punto %1 de la sección %2 no es válido. Descárguela de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proving key (.zkey) is corrupt: coefficient %1 is out of range. Download it again.</source>
        <translation>La clave de prueba (.zkey) está dañada: el coeficiente %1 está fuera de rango. Descárguela de nuevo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open the proving key %1: %2.</source>
        <translation>No se puede abrir la clave de prueba %1: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 is not a proving key (.zkey).</source>
        <translation>El archivo %1 no es una clave de prueba (.zkey).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the proving key %1: %2.</source>
        <translation>No se puede leer la clave de prueba %1: %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The proving key (.zkey) is corrupt: bad header section size. Download it again.</source>
        <translation>La clave de prueba (.zkey) está dañada: tamaño incorrecto de la sección de cabecera. Descárguela de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proving key is for another proof system (protocol %1); only Groth16 keys can be used.</source>
        <translation>La clave de prueba es para otro sistema de pruebas (protocolo %1); solo se pueden usar claves Groth16.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The proving key (.zkey) is corrupt: bad Groth16 header size. Download it again.</source>
        <translation>La clave de prueba (.zkey) está dañada: tamaño incorrecto de la cabecera Groth16. Descárguela de nuevo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The proving key (.zkey) is corrupt: inconsistent signal counts. Download it again.</source>
        <translation>La clave de prueba (.zkey) está dañada: recuentos de señales incoherentes. Descárguela de nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The proving key (.zkey) is corrupt: the domain size is not a power of two. Download it again.</source>
        <translation>La clave de prueba (.zkey) está dañada: el tamaño del dominio no es una potencia de dos. Descárguela de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proving key&apos;s circuit is too large (more than 2^27 constraints).</source>
        <translation>El circuito de la clave de prueba es demasiado grande (más de 2^27 restricciones).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proving key (.zkey) is corrupt: the domain is smaller than the public inputs. Download it again.</source>
        <translation>La clave de prueba (.zkey) está dañada: el dominio es menor que las entradas públicas. Descárguela de nuevo.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The proving key (.zkey) is corrupt: section %1 has the wrong size. Download it again.</source>
        <translation>La clave de prueba (.zkey) está dañada: la sección %1 tiene un tamaño incorrecto. Descárguela de nuevo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The proving key (.zkey) is corrupt: the coefficient section has the wrong size. Download it again.</source>
        <translation>La clave de prueba (.zkey) está dañada: la sección de coeficientes tiene un tamaño incorrecto. Descárguela de nuevo.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The proving key (.zkey) is corrupt: point %1 in section B2 is not in G2. Download it again.</source>
        <translation>La clave de prueba (.zkey) está dañada: el punto %1 de la sección B2 no está en G2. Descárguela de nuevo.</translation>
    </message>
</context>
</TS>
