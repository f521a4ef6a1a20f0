// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallet/statement.h"

#include "eerc/contracts.h"
#include "eerc/reader.h"
#include "util/hex.h"
#include "wallet/account.h"

#include <algorithm>

namespace bs::wallet {

namespace {

// The receiver's ElGamal copy of a direct eERC transfer call to `contract` (public signals
// 12..15 of the transfer proof), with the receiver it names; nullopt when the transaction is
// not such a call (made through another contract, or not a transfer).
struct ReceiverCopy
{
    crypto::EthAddress to{crypto::EthAddress::Bytes{}};
    crypto::elgamal::Ciphertext ciphertext;
};

std::optional<ReceiverCopy> receiverCopy(const chain::TransactionInfo& tx,
                                         const crypto::EthAddress& contract)
{
    if (tx.to != contract)
        return std::nullopt;
    auto args = eerc::abi::transfer().decodeCall(tx.input);
    if (!args)
        return std::nullopt;
    const auto to = args->at(0).asAddress();
    const chain::AbiValue* signals = args->at(2).at(1);
    const auto words = signals ? signals->asUintList(32) : std::nullopt;
    if (!to || !words)
        return std::nullopt;
    auto c1 = eerc::pointFromWords((*words)[12], (*words)[13]);
    auto c2 = eerc::pointFromWords((*words)[14], (*words)[15]);
    if (!c1 || !c2 || !*c1 || !*c2)
        return std::nullopt;
    return ReceiverCopy{*to, {**c1, **c2}};
}

ProgressStep
step(Stage stage, double fraction = -1.0, std::uint64_t done = 0, std::uint64_t total = 0)
{
    return {stage, fraction, done, total, {}};
}

QDateTime utcFromSeconds(std::int64_t seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

QString hashText(const crypto::Hash256& h)
{
    return QStringLiteral("0x") + QString::fromStdString(util::hexEncodeLower(h));
}

const chain::AbiFunction& registrarFunction()
{
    // EncryptedERC.registrar() (spec eerc-protocol.md 5.2, selector 0x2b20e397).
    static const chain::AbiFunction f = *chain::AbiFunction::parse("registrar()", "address");
    return f;
}

Result<ledger::Statement>
make(Profile& profile, const StatementPeriod& period, Progress& progress, std::stop_token stop)
{
    if (!period.from.isValid() || !period.to.isValid() || !(period.from < period.to))
        return fail(BS_TR("wallet", "the statement's period must end after it starts."));
    auto account = readAccount(profile, {}, progress, stop);
    if (!account)
        return account.error();
    if (!account->registered)
        return fail(BS_TR("wallet", "this account is not registered on chain, so it has received "
                                    "no payouts; register first."));

    const chain::Network& network = profile.network();
    ledger::Statement s;
    s.chainId = network.deployment.chainId;
    s.encryptedErc = network.deployment.encryptedErc;
    s.registrar = network.deployment.registrar;
    s.account = profile.address();
    s.publicKey = profile.keys().eerc.publicKey();
    s.tokenSymbol = network.token ? network.token->symbol : QString();
    s.tokenDecimals = account->tokenDecimals;
    s.eercDecimals = account->eercDecimals;
    s.from = period.from.toUTC();
    s.to = period.to.toUTC();
    s.createdAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);

    std::vector<const ledger::HistoryEntry*> payouts;
    for (const ledger::HistoryEntry& e : account->history) {
        const QDateTime t = utcFromSeconds(e.blockTime);
        if (e.kind == ledger::HistoryEntry::Kind::Credit &&
            e.source == ledger::HistoryEntry::Source::Transfer && e.amount && s.from <= t &&
            t < s.to)
            payouts.push_back(&e);
    }
    if (payouts.empty())
        return s;

    progress.report(step(Stage::ReadingChain));
    auto c = connect(network);
    if (!c)
        return c.error();
    std::vector<crypto::Hash256> hashes;
    for (const ledger::HistoryEntry* e : payouts)
        hashes.push_back(e->transactionHash);
    auto txs = c->eth->transactionsByHash(hashes, stop);
    if (!txs)
        return txs.error();

    progress.report(step(Stage::Proving, 0.0));
    const crypto::Scalar& key = profile.keys().eerc.privateScalar().get();
    for (std::size_t i = 0; i < payouts.size(); ++i) {
        if (stop.stop_requested())
            return fail(BS_TR("wallet", "cancelled."));
        const ledger::HistoryEntry& e = *payouts[i];
        const auto& tx = (*txs)[i];
        const auto copy = tx ? receiverCopy(*tx, s.encryptedErc) : std::nullopt;
        if (!copy || copy->to != s.account)
            return fail(BS_TR("wallet", "the payout %1 is not a direct eERC transfer to this "
                                        "account; it cannot be proven."),
                        hashText(e.transactionHash).toStdString());
        ledger::StatementLine line;
        line.txHash = e.transactionHash;
        line.logIndex = e.logIndex;
        line.block = e.blockNumber;
        line.time = utcFromSeconds(e.blockTime);
        line.from = e.counterparty.value_or(crypto::EthAddress(crypto::EthAddress::Bytes{}));
        line.value = *e.amount;
        line.ciphertext = copy->ciphertext;
        const auto proof = crypto::dleq::prove(s.claim(line), key);
        if (!proof)
            return fail(BS_TR("wallet", "the payout %1 does not decrypt to the amount in the "
                                        "history; refresh the history and try again."),
                        hashText(e.transactionHash).toStdString());
        line.proof = *proof;
        s.lines.push_back(line);
        progress.report(
            step(Stage::Proving, double(i + 1) / double(payouts.size()), i + 1, payouts.size()));
    }
    return s;
}

// One line against the chain; an empty string when it holds.
QString lineProblem(const ledger::Statement& s,
                    const ledger::StatementLine& line,
                    const std::optional<chain::Receipt>& receipt,
                    const std::optional<chain::TransactionInfo>& tx,
                    std::optional<std::int64_t> blockTime)
{
    if (!receipt || !tx)
        return QStringLiteral("the transaction is not on this chain.");
    if (!receipt->success)
        return QStringLiteral("the transaction failed on chain.");
    if (receipt->blockNumber != line.block)
        return QStringLiteral("the transaction is in block %1, not %2.")
            .arg(receipt->blockNumber)
            .arg(line.block);
    if (!blockTime || utcFromSeconds(*blockTime) != line.time)
        return QStringLiteral("the block's time is not the line's time.");
    if (line.time < s.from || !(line.time < s.to))
        return QStringLiteral("the payout is outside the statement's period.");
    const auto log = std::find_if(receipt->logs.begin(), receipt->logs.end(),
                                  [&](const chain::Log& l) { return l.logIndex == line.logIndex; });
    if (log == receipt->logs.end() || log->address != s.encryptedErc)
        return QStringLiteral("the transaction has no event of the eERC contract at log index %1.")
            .arg(line.logIndex);
    const chain::AbiEvent& transfer = eerc::abi::privateTransferEvent();
    if (log->topics.empty() || log->topics[0] != transfer.topic0())
        return QStringLiteral("the event at log index %1 is not a private transfer.")
            .arg(line.logIndex);
    const auto values = transfer.decodeLog(log->topics, log->data);
    if (!values)
        return QStringLiteral("the event at log index %1 is not a private transfer.")
            .arg(line.logIndex);
    if (values->at(1).asAddress() != s.account)
        return QStringLiteral("the transfer is not to the statement's account.");
    if (values->at(0).asAddress() != line.from)
        return QStringLiteral("the transfer is not from the line's sender.");
    const auto copy = receiverCopy(*tx, s.encryptedErc);
    if (!copy || copy->to != s.account)
        return QStringLiteral("the transaction is not a direct eERC transfer to the account.");
    if (!(copy->ciphertext == line.ciphertext))
        return QStringLiteral("the ciphertext on chain is not the line's ciphertext.");
    if (!crypto::dleq::verify(s.claim(line), line.proof))
        return QStringLiteral("the proof does not show that the ciphertext decrypts to the "
                              "stated amount under the account's key.");
    return {};
}

Result<StatementCheck> check(const ledger::Statement& s,
                             const CheckOptions& options,
                             Progress& progress,
                             std::stop_token stop)
{
    if (options.expected && (options.expected->chainId != s.chainId ||
                             options.expected->encryptedErc != s.encryptedErc ||
                             options.expected->registrar != s.registrar))
        return fail(BS_TR("wallet", "the statement names another chain or other contracts than "
                                    "the network you trust; it is not a statement of that "
                                    "network's payouts."));
    chain::Network network;
    network.rpcUrl = options.rpcUrl;
    network.allowPlainHttp = options.allowPlainHttp;
    network.deployment.chainId = s.chainId;
    network.deployment.encryptedErc = s.encryptedErc;
    network.deployment.registrar = s.registrar;
    progress.report(step(Stage::Connecting));
    auto c = connect(network); // checks the chain id
    if (!c)
        return c.error();

    progress.report(step(Stage::ReadingChain));
    StatementCheck out;
    // The registrar is the one the eERC contract uses, not just any contract the file names.
    auto call = registrarFunction().encodeCall({});
    if (!call)
        return call.error();
    auto answer = c->eth->call(s.encryptedErc, *call, chain::BlockTag::latest(), {}, stop);
    if (!answer)
        return answer.error();
    const auto registrar = answer->reverted ? std::nullopt : [&] {
        auto v = registrarFunction().decodeOutput(answer->data);
        return v ? v->at(0).asAddress() : std::nullopt;
    }();
    if (!registrar)
        out.keyProblem = QStringLiteral("the eERC contract named by the statement does not "
                                        "answer registrar(); it is not an eERC contract.");
    else if (*registrar != s.registrar)
        out.keyProblem = QStringLiteral("the eERC contract uses another registrar than the one "
                                        "the statement names.");
    else {
        auto key = c->reader->publicKeyOf(s.account, stop);
        if (!key)
            return key.error();
        if (!*key)
            out.keyProblem = QStringLiteral("the account is not registered.");
        else if (!(**key == s.publicKey))
            out.keyProblem = QStringLiteral("the account's registered key is not the "
                                            "statement's public key.");
    }
    out.keyRegistered = out.keyProblem.isEmpty();

    std::vector<crypto::Hash256> hashes;
    std::vector<std::uint64_t> blocks;
    for (const ledger::StatementLine& l : s.lines) {
        hashes.push_back(l.txHash);
        blocks.push_back(l.block);
    }
    auto txs = c->eth->transactionsByHash(hashes, stop);
    if (!txs)
        return txs.error();
    std::vector<std::uint64_t> distinct = blocks;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    auto head = c->eth->blockNumber(stop);
    if (!head)
        return head.error();
    // Blocks beyond the head have no time; asking for them would fail the whole check.
    std::vector<std::uint64_t> known;
    for (std::uint64_t b : distinct)
        if (b <= *head)
            known.push_back(b);
    auto times = c->eth->blockTimestamps(known, stop);
    if (!times)
        return times.error();

    for (std::size_t i = 0; i < s.lines.size(); ++i) {
        const ledger::StatementLine& line = s.lines[i];
        auto receipt = c->eth->transactionReceipt(line.txHash, stop);
        if (!receipt)
            return receipt.error();
        std::optional<std::int64_t> time;
        if (const auto it = std::lower_bound(known.begin(), known.end(), line.block);
            it != known.end() && *it == line.block)
            time = (*times)[std::size_t(it - known.begin())];
        const QString problem = lineProblem(s, line, *receipt, (*txs)[i], time);
        out.lines.push_back({problem.isEmpty(), problem});
        progress.report(step(Stage::ReadingChain, double(i + 1) / double(s.lines.size()), i + 1,
                             s.lines.size()));
    }
    return out;
}

} // namespace

bool StatementCheck::allGood() const
{
    return keyRegistered && std::all_of(lines.begin(), lines.end(),
                                        [](const StatementLineCheck& l) { return l.ok; });
}

Result<ledger::Statement> makeStatement(Profile& profile,
                                        const StatementPeriod& period,
                                        Progress& progress,
                                        std::stop_token stop)
{
    auto s = make(profile, period, progress, stop);
    profile.activity().add(
        ActivityEntry::Kind::Chain,
        s ? QStringLiteral("Made a verifiable statement of %1 payouts from %2 to %3.")
                .arg(s->lines.size())
                .arg(s->from.toString(Qt::ISODate), s->to.toString(Qt::ISODate))
          : QStringLiteral("Making a statement failed: %1")
                .arg(QString::fromStdString(s.error().message)),
        !s);
    return s;
}

Result<StatementCheck> checkStatement(const ledger::Statement& statement,
                                      const CheckOptions& options,
                                      Progress& progress,
                                      std::stop_token stop)
{
    return check(statement, options, progress, stop);
}

} // namespace bs::wallet
