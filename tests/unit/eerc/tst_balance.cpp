// SPDX-License-Identifier: GPL-3.0-or-later
// Balance decryption as spec 7 says: balancePCT + amountPCTs, verified against the ElGamal
// balance; on any disagreement the value comes from the ElGamal balance by discrete log and
// is flagged, never from the PCTs. States are built the way the contract builds them (credits
// add ciphertexts, a deposit adds the r = 1 encryption), and the alice states of
// tests/data/circuit-inputs.json (from the reference circuits) must decrypt to their values.
#include "../testing.h"
#include "crypto/random.h"
#include "eerc/balance.h"

#include <QtTest>

using namespace bs;
using bs::U256;
using crypto::Fr;
using crypto::Point;
using crypto::Scalar;
namespace elgamal = crypto::elgamal;

namespace {

struct Account
{
    Scalar s = crypto::randomNonZeroScalar();
    Point pk = Point::mulBase(s);
};

// A balance as the contract keeps it after crediting each of `credits` as a transfer.
eerc::EncryptedBalance credited(const Account& a, std::initializer_list<std::uint64_t> credits)
{
    eerc::EncryptedBalance b;
    std::uint64_t index = 0;
    for (std::uint64_t v : credits) {
        const auto ct = elgamal::encrypt(a.pk, Scalar::fromU64(v));
        b.egct = b.egct ? elgamal::add(*b.egct, ct) : ct;
        b.amountPcts.push_back(
            {crypto::encryptAmount(a.pk, Fr::fromU64(v)), U256::fromU64(index++)});
    }
    b.transactionIndex = U256::fromU64(index);
    return b;
}

const crypto::DiscreteLogTable& smallTable()
{
    static const crypto::DiscreteLogTable table(24);
    return table;
}

} // namespace

class TestBalance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neverCreditedIsZeroAndVerified()
    {
        const Account a;
        const auto d = eerc::decryptBalance(eerc::EncryptedBalance{}, a.s);
        QCOMPARE(d.status, eerc::DecryptedBalance::Status::Verified);
        QVERIFY(d.amount.isZero());
        QCOMPARE(d.pctCount, 0u);
    }

    void creditsSumAndVerify()
    {
        const Account a;
        const auto b = credited(a, {1500000, 250001, 7});
        const auto d = eerc::decryptBalance(b, a.s);
        QCOMPARE(d.status, eerc::DecryptedBalance::Status::Verified);
        QCOMPARE(d.amount, U256::fromU64(1750008));
        QCOMPARE(d.pctCount, 3u);
    }

    void balancePctCountsUnlessAllZero()
    {
        // After a debit the contract stores the caller's balancePCT and prunes older credits.
        const Account a;
        auto b = credited(a, {900});
        b.egct = elgamal::sub(*b.egct, elgamal::encryptOnChain(a.pk, Scalar::fromU64(300)));
        b.amountPcts.clear();
        b.balancePct = crypto::encryptAmount(a.pk, Fr::fromU64(600));
        // A newer credit after the debit stays as an amountPCT.
        const auto later = elgamal::encrypt(a.pk, Scalar::fromU64(50));
        b.egct = elgamal::add(*b.egct, later);
        b.amountPcts.push_back({crypto::encryptAmount(a.pk, Fr::fromU64(50)), U256::fromU64(5)});
        const auto d = eerc::decryptBalance(b, a.s);
        QCOMPARE(d.status, eerc::DecryptedBalance::Status::Verified);
        QCOMPARE(d.amount, U256::fromU64(650));
        QCOMPARE(d.pctCount, 2u);
    }

    void wrongAmountPctIsNeverShown()
    {
        // A depositor can store any amountPCT: here one that claims 1 000 000 for a 5 credit.
        const Account a;
        auto b = credited(a, {100});
        b.egct = elgamal::add(*b.egct, elgamal::encryptOnChain(a.pk, Scalar::fromU64(5)));
        b.amountPcts.push_back(
            {crypto::encryptAmount(a.pk, Fr::fromU64(1000000)), U256::fromU64(1)});
        eerc::DecryptOptions options;
        options.table = &smallTable();
        const auto d = eerc::decryptBalance(b, a.s, options);
        QCOMPARE(d.status, eerc::DecryptedBalance::Status::Recovered);
        QCOMPARE(d.amount, U256::fromU64(105));
        QCOMPARE(d.pctSum, U256::fromU64(1000100));
    }

    void undecryptablePctIsRecoveredToo()
    {
        const Account a;
        const Account stranger;
        auto b = credited(a, {40, 2});
        b.amountPcts[1].pct = crypto::encryptAmount(stranger.pk, Fr::fromU64(2)); // wrong key
        eerc::DecryptOptions options;
        options.table = &smallTable();
        const auto d = eerc::decryptBalance(b, a.s, options);
        QCOMPARE(d.status, eerc::DecryptedBalance::Status::Recovered);
        QCOMPARE(d.amount, U256::fromU64(42));
        QCOMPARE(d.undecryptablePcts, 1u);
    }

    void beyondTheBoundIsUnreadable()
    {
        const Account a;
        auto b = credited(a, {1});
        b.egct = elgamal::add(*b.egct, elgamal::encryptOnChain(a.pk, Scalar::fromU64(1ull << 30)));
        eerc::DecryptOptions options;
        options.table = &smallTable(); // 2^24 bound
        const auto d = eerc::decryptBalance(b, a.s, options);
        QCOMPARE(d.status, eerc::DecryptedBalance::Status::Unreadable);
        QVERIFY(!d.trusted());
    }

    void anotherKeyDoesNotVerify()
    {
        const Account a;
        const Account b;
        const auto bal = credited(a, {10});
        eerc::DecryptOptions options;
        options.table = &smallTable();
        const auto d = eerc::decryptBalance(bal, b.s, options);
        QVERIFY(d.status != eerc::DecryptedBalance::Status::Verified);
    }

    void referenceStatesDecrypt()
    {
        // Alice's balance after each step of the reference scenario.
        const QJsonObject root = bs::test::loadJson("circuit-inputs.json");
        int checked = 0;
        for (const QJsonValue& v : root.value("steps").toArray()) {
            const QJsonObject step = v.toObject();
            if (step.value("circuit").toString() != "withdraw")
                continue;
            const QJsonObject in = step.value("witnessInput").toObject();
            const Scalar s =
                *Scalar::fromDecimal(in.value("SenderPrivateKey").toString().toStdString());
            const auto c1 = bs::test::point(in.value("SenderBalanceC1"));
            const auto c2 = bs::test::point(in.value("SenderBalanceC2"));
            eerc::EncryptedBalance b;
            b.egct = elgamal::Ciphertext{c1, c2};
            // Only the ElGamal side is given: the PCTs are absent, so the value must come from
            // the discrete log, flagged as recovered.
            eerc::DecryptOptions options;
            options.table = &smallTable();
            const auto d = eerc::decryptBalance(b, s, options);
            QCOMPARE(d.status, eerc::DecryptedBalance::Status::Recovered);
            QCOMPARE(QString::fromStdString(d.amount.toDecimal()),
                     in.value("SenderBalance").toString());
            ++checked;
        }
        QCOMPARE(checked, 1);
    }
};

QTEST_GUILESS_MAIN(TestBalance)
#include "tst_balance.moc"
