// SPDX-License-Identifier: GPL-3.0-or-later
// Solidity ABI encoding and decoding. References: chain/abi-vectors.json (encodings and
// decodings made with ethers v6, see make-vectors.mjs) and abi.json (selectors and topics of
// the eERC snapshot compiled with solc, and calldata/return data/logs encoded with ethers).
// Hostile inputs (truncations, bad offsets, huge lengths, dirty padding, overlapping
// offsets, random corruption) must be refused cleanly.
#include "chain_testing.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include <random>

using namespace bs;
using namespace bs::chain;
using bs::test::abiValues;
using bs::test::debugString;
using bs::test::hexOf;
using bs::test::loadJson;
using bs::test::unhex;

namespace {

std::vector<AbiType> types(const QJsonArray& a)
{
    std::vector<AbiType> out;
    for (const auto& t : a) {
        auto parsed = AbiType::parse(t.toString().toStdString());
        if (!parsed)
            qFatal("type %s: %s", qPrintable(t.toString()), parsed.error().message.c_str());
        out.push_back(*parsed);
    }
    return out;
}

std::vector<AbiType> types(const char* list)
{
    auto t = AbiType::parseList(list);
    if (!t)
        qFatal("%s", t.error().message.c_str());
    return *t;
}

std::vector<uint8_t> word(const U256& v)
{
    const auto be = v.toBigEndian();
    return {be.begin(), be.end()};
}

std::vector<uint8_t> cat(std::initializer_list<std::vector<uint8_t>> parts)
{
    std::vector<uint8_t> out;
    for (const auto& p : parts)
        out.insert(out.end(), p.begin(), p.end());
    return out;
}

std::vector<uint8_t> w(uint64_t v)
{
    return word(U256::fromU64(v));
}

bool decodes(const char* typeList, const std::vector<uint8_t>& data)
{
    return abiDecode(types(typeList), data).ok();
}

crypto::EthAddress addr(const char* s)
{
    return *crypto::EthAddress::fromString(s);
}

} // namespace

class TestAbi : public QObject
{
    Q_OBJECT

private slots:
    void typeParsing()
    {
        for (const char* good :
             {"uint8", "uint256", "int8", "int256", "address", "bool", "bytes", "string", "bytes1",
              "bytes32", "uint256[2]", "uint256[2][2]", "uint256[]", "string[][3]",
              "((uint256[2],uint256[2][2],uint256[2]),uint256[32])",
              "((uint256,uint256),(uint256,uint256))", "(uint256[7],uint256)[]",
              "(address,address,string,bytes)", "uint256[524288]"}) {
            auto t = AbiType::parse(good);
            QVERIFY2(t.ok(), good);
            QCOMPARE(t->canonical(), std::string(good));
        }
        for (const char* bad : {"",
                                "uint",
                                "int",
                                "uint7",
                                "uint264",
                                "uint0",
                                "uint08",
                                "bytes0",
                                "bytes33",
                                "bytes01",
                                "byte",
                                "address payable",
                                "uint256 ",
                                " uint256",
                                "()",
                                "(uint256,)",
                                "(,uint256)",
                                "(uint256",
                                "uint256)",
                                "uint256[",
                                "uint256[0]",
                                "uint256[01]",
                                "uint256[-1]",
                                "uint256[x]",
                                "uint256[1048577]",
                                "tuple",
                                "function",
                                "fixed128x18",
                                "(uint256)(uint256)",
                                "uint256,uint256",
                                "Uint256",
                                "uint256[4294967296]",
                                "uint256[1048576][1048576]",
                                "uint256[524289]",
                                "uint8[1024][1024][1024]"})
            QVERIFY2(!AbiType::parse(bad).ok(), bad);
        // Depth: 32 levels accepted, 33 refused (parentheses and brackets alike).
        std::string deep = "uint256";
        for (int i = 0; i < kMaxAbiDepth; ++i)
            deep = "(" + deep + ")";
        QVERIFY(AbiType::parse(deep).ok());
        QVERIFY(!AbiType::parse("(" + deep + ")").ok());
        std::string brackets = "uint256";
        for (int i = 0; i <= kMaxAbiDepth; ++i)
            brackets += "[]";
        QVERIFY(!AbiType::parse(brackets).ok());
        // Mixed: 20 tuples around 20 arrays is 40 levels.
        std::string mixed = "uint256";
        for (int i = 0; i < 20; ++i)
            mixed += "[]";
        for (int i = 0; i < 20; ++i)
            mixed = "(" + mixed + ")";
        QVERIFY(!AbiType::parse(mixed).ok());
        QCOMPARE(AbiType::parse("((uint256[2],uint256[2][2],uint256[2]),uint256[32])")->depth(), 4);
        QVERIFY(!AbiType::parse(std::string(100000, '(')).ok()); // no stack overflow
        // Lists.
        QCOMPARE(AbiType::parseList("")->size(), std::size_t{0});
        QCOMPARE(AbiType::parseList("address,(uint256,bool)[]")->size(), std::size_t{2});
        QVERIFY(!AbiType::parseList(",").ok());
        QVERIFY(!AbiType::parseList("uint256,").ok());
        // Properties.
        const auto t = *AbiType::parse("(uint256[7],uint256)[]");
        QVERIFY(t.isDynamic());
        QCOMPARE(t.element().headSize(), std::size_t{256});
        QVERIFY(!t.element().isDynamic());
        QVERIFY(AbiType::parse("(uint256,string)")->isDynamic());
        QVERIFY(AbiType::parse("string[2]")->isDynamic());
        QCOMPARE(AbiType::parse("uint256[2][2]")->headSize(), std::size_t{128});
        QVERIFY(AbiType::parse("bytes32")->isValueType());
        QVERIFY(!AbiType::parse("uint256[1]")->isValueType());
    }

    void ethersVectors()
    {
        const QJsonArray cases =
            loadJson("chain/abi-vectors.json")[QLatin1String("cases")].toArray();
        QVERIFY(cases.size() >= 400);
        for (const auto& cv : cases) {
            const QJsonObject c = cv.toObject();
            const auto ts = types(c[QLatin1String("types")].toArray());
            for (qsizetype i = 0; i < c[QLatin1String("types")].toArray().size(); ++i)
                QCOMPARE(ts[std::size_t(i)].canonical(),
                         c[QLatin1String("types")].toArray()[i].toString().toStdString());
            const auto values = abiValues(ts, c[QLatin1String("values")].toArray());
            const auto expected = unhex(c[QLatin1String("encoded")]);
            const auto enc = abiEncode(ts, values);
            QVERIFY2(enc.ok(), enc.ok() ? "" : enc.error().message.c_str());
            QCOMPARE(hexOf(*enc), hexOf(expected));
            const auto dec = abiDecode(ts, expected);
            QVERIFY2(dec.ok(), dec.ok() ? "" : dec.error().message.c_str());
            QCOMPARE(debugString(*dec), debugString(values));
            QVERIFY(*dec == values);
            // Trailing bytes after the encoding are tolerated (as solc and ethers do).
            auto longer = expected;
            longer.insert(longer.end(), 33, 0xab);
            const auto dec2 = abiDecode(ts, longer);
            QVERIFY(dec2.ok());
            QVERIFY(*dec2 == values);
            // Every byte of a tight encoding is needed: any truncation is refused.
            if (!expected.empty()) {
                for (std::size_t cut : {std::size_t{1}, std::size_t{31}, std::size_t{32},
                                        expected.size() / 2, expected.size()}) {
                    if (cut > expected.size())
                        continue;
                    const std::span<const uint8_t> shorter(expected.data(), expected.size() - cut);
                    QVERIFY2(!abiDecode(ts, shorter).ok(),
                             qPrintable(c[QLatin1String("types")].toVariant().toString()));
                }
            }
        }
    }

    void selectorsAndTopicsFromSolc()
    {
        const QJsonObject abi = loadJson("abi.json");
        int checked = 0;
        for (const char* contract : {"EncryptedERC", "Registrar"}) {
            const QJsonObject c = abi[QLatin1String(contract)].toObject();
            for (const auto& f : c[QLatin1String("functions")].toArray()) {
                const auto fn =
                    AbiFunction::parse(f[QLatin1String("signature")].toString().toStdString());
                QVERIFY2(fn.ok(), qPrintable(f[QLatin1String("signature")].toString()));
                QCOMPARE(fn->signature(), f[QLatin1String("signature")].toString().toStdString());
                QCOMPARE(hexOf(fn->selector()), f[QLatin1String("selector")].toString());
                ++checked;
            }
            for (const auto& e : c[QLatin1String("errors")].toArray()) {
                const auto fn =
                    AbiFunction::parse(e[QLatin1String("signature")].toString().toStdString());
                QVERIFY(fn.ok());
                QCOMPARE(hexOf(fn->selector()), e[QLatin1String("selector")].toString());
                ++checked;
            }
            for (const auto& e : c[QLatin1String("events")].toArray()) {
                std::vector<bool> indexed;
                for (const auto& in : e[QLatin1String("inputs")].toArray())
                    indexed.push_back(in[QLatin1String("indexed")].toBool());
                const auto ev = AbiEvent::parse(
                    e[QLatin1String("signature")].toString().toStdString(), indexed);
                QVERIFY2(ev.ok(), qPrintable(e[QLatin1String("signature")].toString()));
                QCOMPARE(hexOf(ev->topic0()), e[QLatin1String("topic0")].toString());
                ++checked;
            }
        }
        for (const auto& v : abi[QLatin1String("verifierInterface")].toArray()) {
            const auto fn =
                AbiFunction::parse(v[QLatin1String("signature")].toString().toStdString());
            QCOMPARE(hexOf(fn->selector()), v[QLatin1String("selector")].toString());
            ++checked;
        }
        for (const auto& f :
             abi[QLatin1String("laterVersionExtensions")][QLatin1String("functions")].toArray()) {
            const auto fn =
                AbiFunction::parse(f[QLatin1String("signature")].toString().toStdString());
            QCOMPARE(hexOf(fn->selector()), f[QLatin1String("selector")].toString());
            ++checked;
        }
        const QJsonValue pm =
            abi[QLatin1String("laterVersionExtensions")][QLatin1String("events")].toArray()[0];
        QCOMPARE(hexOf(AbiEvent::parse(pm[QLatin1String("signature")].toString().toStdString(),
                                       {true, true, false})
                           ->topic0()),
                 pm[QLatin1String("topic0")].toString());
        QVERIFY(checked > 50);
    }

    void encodingExamples()
    {
        // abi.json's calldata/return data/logs (ethers-encoded) decode to what ethers decodes
        // them to, and re-encode to the same bytes.
        const QJsonObject ex = loadJson("abi.json")[QLatin1String("encodingExamples")].toObject();
        const QJsonObject ref =
            loadJson("chain/abi-vectors.json")[QLatin1String("exampleDecodings")].toObject();
        const QJsonArray calls = ex[QLatin1String("calls")].toArray();
        const QJsonArray refCalls = ref[QLatin1String("calls")].toArray();
        QCOMPARE(calls.size(), refCalls.size());
        for (qsizetype i = 0; i < calls.size(); ++i) {
            const auto fn = AbiFunction::parse(
                refCalls[i][QLatin1String("signature")].toString().toStdString());
            QVERIFY(fn.ok());
            QCOMPARE(QString::fromStdString(fn->name()),
                     calls[i][QLatin1String("function")].toString());
            const auto calldata = unhex(calls[i][QLatin1String("calldata")]);
            const auto args = fn->decodeCall(calldata);
            QVERIFY2(args.ok(), args.ok() ? "" : args.error().message.c_str());
            const auto expected =
                abiValues(fn->inputs(), refCalls[i][QLatin1String("args")].toArray());
            QCOMPARE(debugString(*args), debugString(expected));
            QCOMPARE(hexOf(*fn->encodeCall(*args)), hexOf(calldata));
            // Another function's selector is refused.
            auto wrong = calldata;
            wrong[0] ^= 1;
            QVERIFY(!fn->decodeCall(wrong).ok());
            QVERIFY(!fn->decodeCall(std::span<const uint8_t>(calldata.data(), 3)).ok());
        }
        // The register call as described: a=[1,2], b=[[3,4],[5,6]], c=[7,8], signals 100..104.
        {
            const auto fn =
                AbiFunction::parse("register(((uint256[2],uint256[2][2],uint256[2]),uint256[5]))");
            const auto args = fn->decodeCall(unhex(calls[0][QLatin1String("calldata")]));
            QCOMPARE(args->at(0).toDebugString(),
                     std::string("[[[1,2],[[3,4],[5,6]],[7,8]],[100,101,102,103,104]]"));
            QCOMPARE(*args->at(0).at(1)->asUintList(5),
                     (std::vector<U256>{U256::fromU64(100), U256::fromU64(101), U256::fromU64(102),
                                        U256::fromU64(103), U256::fromU64(104)}));
        }
        // balanceOf's return tuple.
        {
            QStringList outs;
            for (const auto& o :
                 ref[QLatin1String("balanceOfReturn")][QLatin1String("outputs")].toArray())
                outs << o.toString();
            const auto fn = AbiFunction::parse("balanceOf(address,uint256)",
                                               outs.join(QLatin1Char(',')).toStdString());
            QVERIFY(fn.ok());
            QCOMPARE(fn->outputs().size(), std::size_t{5});
            const auto rd =
                unhex(ex[QLatin1String("balanceOfReturn")][QLatin1String("returnData")]);
            const auto values = fn->decodeOutput(rd);
            QVERIFY2(values.ok(), values.ok() ? "" : values.error().message.c_str());
            const auto expected =
                abiValues(fn->outputs(),
                          ref[QLatin1String("balanceOfReturn")][QLatin1String("values")].toArray());
            QCOMPARE(debugString(*values), debugString(expected));
            // As described: eGCT=((11,12),(13,14)), nonce=2, two amount PCTs with indexes 3, 5.
            QCOMPARE((*values)[0].toDebugString(), std::string("[[11,12],[13,14]]"));
            QCOMPARE(*(*values)[1].asUint(), U256::fromU64(2));
            QCOMPARE((*values)[2].asList()->size(), std::size_t{2});
            QCOMPARE(*(*values)[2].at(1)->at(1)->asUint(), U256::fromU64(5));
            QCOMPARE(hexOf(*abiEncode(fn->outputs(), *values)), hexOf(rd));
        }
        // Logs.
        const QJsonArray logs = ex[QLatin1String("logs")].toArray();
        const QJsonArray refLogs = ref[QLatin1String("logs")].toArray();
        QCOMPARE(logs.size(), refLogs.size());
        for (qsizetype i = 0; i < logs.size(); ++i) {
            std::vector<bool> indexed;
            for (const auto& b : refLogs[i][QLatin1String("indexed")].toArray())
                indexed.push_back(b.toBool());
            const auto ev = AbiEvent::parse(
                refLogs[i][QLatin1String("signature")].toString().toStdString(), indexed);
            QVERIFY(ev.ok());
            std::vector<crypto::Hash256> topics;
            for (const auto& t : logs[i][QLatin1String("topics")].toArray()) {
                crypto::Hash256 h{};
                const auto b = unhex(t);
                std::copy(b.begin(), b.end(), h.begin());
                topics.push_back(h);
            }
            const auto data = unhex(logs[i][QLatin1String("data")]);
            const auto values = ev->decodeLog(topics, data);
            QVERIFY2(values.ok(), values.ok() ? "" : values.error().message.c_str());
            QCOMPARE(debugString(*values),
                     debugString(
                         abiValues(ev->params(), refLogs[i][QLatin1String("values")].toArray())));
            // Wrong topic0, missing or extra topics, dirty indexed address.
            auto bad = topics;
            bad[0][31] ^= 1;
            QVERIFY(!ev->decodeLog(bad, data).ok());
            bad = topics;
            bad.pop_back();
            QVERIFY(!ev->decodeLog(bad, data).ok());
            bad = topics;
            bad.push_back(topics.back());
            QVERIFY(!ev->decodeLog(bad, data).ok());
            bad = topics;
            bad[1][0] = 1;
            QVERIFY(!ev->decodeLog(bad, data).ok());
            QVERIFY(!ev->decodeLog({}, data).ok());
        }
    }

    void indexedDynamicParameterGivesItsHash()
    {
        const auto ev = AbiEvent::parse("Note(string,uint256)", {true, false});
        QVERIFY(ev.ok());
        crypto::Hash256 h = crypto::keccak256(std::string_view("hello"));
        const std::vector<crypto::Hash256> topics{ev->topic0(), h};
        const auto values = ev->decodeLog(topics, w(7));
        QVERIFY(values.ok());
        QCOMPARE(*(*values)[0].asBytes32(), h);
        QCOMPARE(*(*values)[1].asUint(), U256::fromU64(7));
        QVERIFY(!AbiEvent::parse("E(uint8,uint8,uint8,uint8)", {true, true, true, true}).ok());
        QVERIFY(!AbiEvent::parse("E(uint8)", {}).ok());
    }

    void dirtyValuesAreRefused()
    {
        const U256 two256m1 = U256::max();
        QVERIFY(decodes("uint8", w(255)));
        QVERIFY(!decodes("uint8", w(256)));
        QVERIFY(decodes("uint248", word(*U256::fromHex("0x" + std::string(62, 'f')))));
        QVERIFY(!decodes("uint248", word(two256m1)));
        QVERIFY(decodes("int8", word(two256m1))); // -1
        QVERIFY(decodes("int8", w(127)));
        QVERIFY(!decodes("int8", w(128))); // not sign-extended
        QVERIFY(!decodes("int8", word(*two256m1.checkedSub(U256::fromU64(128))))); // -129
        QVERIFY(decodes("int8", word(*two256m1.checkedSub(U256::fromU64(127)))));  // -128
        QVERIFY(decodes("bool", w(1)));
        QVERIFY(!decodes("bool", w(2)));
        QVERIFY(!decodes("bool", word(two256m1)));
        auto a = w(0);
        a[31] = 1;
        QVERIFY(decodes("address", a));
        a[11] = 1;
        QVERIFY(!decodes("address", a));
        auto fb = w(0);
        fb[0] = 0xaa;
        fb[3] = 0xbb;
        QVERIFY(decodes("bytes4", fb));
        fb[4] = 1;
        QVERIFY(!decodes("bytes4", fb));
        // bytes with dirty padding after the content.
        auto bytes3 = cat({w(32), w(3), w(0)});
        bytes3[64] = 1;
        bytes3[65] = 2;
        bytes3[66] = 3;
        QVERIFY(decodes("bytes", bytes3));
        bytes3[67] = 4;
        QVERIFY(!decodes("bytes", bytes3));
        // Strings must be valid UTF-8.
        for (const std::vector<uint8_t>& s : {std::vector<uint8_t>{0xc0, 0x80},
                                              {0xe0, 0x80, 0x80},
                                              {0xed, 0xa0, 0x80},
                                              {0xf4, 0x90, 0x80, 0x80},
                                              {0xff},
                                              {0x80},
                                              {0xe2, 0x82}}) {
            auto enc = cat({w(32), w(s.size()), w(0)});
            std::copy(s.begin(), s.end(), enc.begin() + 64);
            QVERIFY(!decodes("string", enc));
            QVERIFY(decodes("bytes", enc));
        }
        auto euro = cat({w(32), w(3), w(0)});
        euro[64] = 0xe2;
        euro[65] = 0x82;
        euro[66] = 0xac;
        QCOMPARE(*abiDecode(types("string"), euro)->at(0).asString(), std::string("\xe2\x82\xac"));
    }

    void badOffsetsAndLengths()
    {
        // A valid (uint256,string) to start from: head [7, 64], tail [len 2, "hi"].
        auto good = cat({w(7), w(64), w(2), w(0)});
        good[96] = 'h';
        good[97] = 'i';
        QVERIFY(decodes("uint256,string", good));
        auto bad = good;
        // Offsets into the heads, past the end, huge.
        for (const U256& off :
             {U256::fromU64(0), U256::fromU64(32), U256::fromU64(63), U256::fromU64(good.size()),
              U256::fromU64(good.size() - 31), U256::fromU64(~0ull), U256::max(),
              U256::fromLimbs({64, 1, 0, 0})}) {
            const auto ow = word(off);
            std::copy(ow.begin(), ow.end(), bad.begin() + 32);
            QVERIFY2(!decodes("uint256,string", bad), off.toHex().c_str());
        }
        // An unaligned offset inside the tail is accepted, like solc and ethers do.
        auto unaligned = cat({w(7), w(65), w(0), w(0), w(0)});
        unaligned[96] = 2;
        unaligned[97] = 'h';
        unaligned[98] = 'i';
        QVERIFY(decodes("uint256,string", unaligned));
        // Lengths: longer than the data, huge, padding missing.
        bad = good;
        for (const U256& len : {U256::fromU64(33), U256::fromU64(1000), U256::fromU64(~0ull),
                                U256::max(), U256::fromLimbs({2, 0, 0, 1})}) {
            const auto lw = word(len);
            std::copy(lw.begin(), lw.end(), bad.begin() + 64);
            QVERIFY2(!decodes("uint256,string", bad), len.toHex().c_str());
        }
        // Array lengths larger than the data can hold.
        QVERIFY(decodes("uint256[]", cat({w(32), w(2), w(1), w(2)})));
        QVERIFY(!decodes("uint256[]", cat({w(32), w(3), w(1), w(2)})));
        QVERIFY(!decodes("uint256[]", cat({w(32), word(U256::max()), w(1), w(2)})));
        QVERIFY(!decodes("(uint256[7],uint256)[]", cat({w(32), w(1), w(1), w(2)})));
        QVERIFY(!decodes("uint256[]", cat({w(32), w(1ull << 59)})));
        // Empty input, too-short heads.
        QVERIFY(!decodes("uint256", {}));
        QVERIFY(!decodes("uint256[32]", cat({w(1), w(2)})));
        QVERIFY(decodes("", {}));
    }

    void overlappingOffsetsCannotAmplify()
    {
        // uint256[][]: N offsets all pointing at one array of M words. Honest data of this
        // size holds ~N + M values; decoding would give N * M. Refused past 4x the input.
        const std::size_t n = 1000, m = 1000;
        std::vector<uint8_t> data = cat({w(32), w(n)});
        for (std::size_t i = 0; i < n; ++i)
            data = cat({data, w(32 * n)}); // relative to the start of the offsets
        data = cat({data, w(m)});
        data.resize(data.size() + 32 * m, 0);
        const auto r = abiDecode(types("uint256[][]"), data);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.find("reuses") != std::string::npos);
        // A few shared references still decode (the budget is 4x the words).
        std::vector<uint8_t> small = cat({w(32), w(2), w(64), w(64), w(1), w(9)});
        const auto s = abiDecode(types("uint256[][]"), small);
        QVERIFY(s.ok());
        QCOMPARE(s->at(0).toDebugString(), std::string("[[9],[9]]"));
        // Huge fixed array of dynamic elements against a tiny input.
        QVERIFY(!decodes("string[1048576]", cat({w(32), w(0)})));
    }

    void randomCorruptionIsHandled()
    {
        // Flip bytes of valid encodings: whatever still decodes must re-encode and decode to
        // the same values; nothing may crash (ASan/UBSan builds check the rest).
        const QJsonArray cases =
            loadJson("chain/abi-vectors.json")[QLatin1String("cases")].toArray();
        std::mt19937 rng(7);
        int decoded = 0, refused = 0;
        for (const auto& cv : cases) {
            const auto ts = types(cv[QLatin1String("types")].toArray());
            const auto base = unhex(cv[QLatin1String("encoded")]);
            if (base.empty())
                continue;
            for (int k = 0; k < 20; ++k) {
                auto d = base;
                const int flips = 1 + int(rng() % 3);
                for (int f = 0; f < flips; ++f)
                    d[rng() % d.size()] ^= static_cast<uint8_t>(1u << (rng() % 8));
                const auto r = abiDecode(ts, d);
                if (!r.ok()) {
                    ++refused;
                    QVERIFY(!r.error().message.empty());
                    continue;
                }
                ++decoded;
                const auto re = abiEncode(ts, *r);
                QVERIFY(re.ok());
                const auto back = abiDecode(ts, *re);
                QVERIFY(back.ok());
                QVERIFY(*back == *r);
            }
        }
        QVERIFY(decoded > 0);
        QVERIFY(refused > 0);
    }

    void encodingRefusesMistypedValues()
    {
        const auto a = addr("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        QVERIFY(abiEncode(types("uint8"), std::vector{AbiValue::uint(255)}).ok());
        QVERIFY(!abiEncode(types("uint8"), std::vector{AbiValue::uint(256)}).ok());
        QVERIFY(!abiEncode(types("uint256"), std::vector{AbiValue::address(a)}).ok());
        QVERIFY(!abiEncode(types("address"), std::vector{AbiValue::uint(1)}).ok());
        QVERIFY(!abiEncode(types("bool"), std::vector{AbiValue::uint(1)}).ok());
        QVERIFY(!abiEncode(types("bytes4"), std::vector{AbiValue::fixedBytes({1, 2, 3})}).ok());
        QVERIFY(!abiEncode(types("bytes4"), std::vector{AbiValue::bytes({1, 2, 3, 4})}).ok());
        QVERIFY(!abiEncode(types("bytes"), std::vector{AbiValue::fixedBytes({1})}).ok());
        QVERIFY(!abiEncode(types("string"), std::vector{AbiValue::bytes({})}).ok());
        QVERIFY(!abiEncode(types("string"), std::vector{AbiValue::string("\xff")}).ok());
        QVERIFY(
            !abiEncode(types("uint256[2]"), std::vector{AbiValue::list({AbiValue::uint(1)})}).ok());
        QVERIFY(
            !abiEncode(types("(uint256,bool)"), std::vector{AbiValue::list({AbiValue::uint(1)})})
                 .ok());
        QVERIFY(!abiEncode(types("uint256[]"), std::vector{AbiValue::uint(1)}).ok());
        QVERIFY(!abiEncode(types("uint256,uint256"), std::vector{AbiValue::uint(1)}).ok());
        QVERIFY(!abiEncode(types("int8"), std::vector{AbiValue::uint(128)}).ok());
        const auto e = abiEncode(types("uint8"), std::vector{AbiValue::uint(256)});
        QVERIFY(e.error().message.find("uint8") != std::string::npos);
    }

    void accessorsReturnNothingOnTheWrongKind()
    {
        const AbiValue u = AbiValue::uint(5);
        QVERIFY(!u.asAddress());
        QVERIFY(!u.asBool());
        QVERIFY(!u.asBytes());
        QVERIFY(!u.asString());
        QVERIFY(!u.asList());
        QVERIFY(!u.asFixedBytes());
        QVERIFY(!u.asBytes32());
        QVERIFY(!u.at(0));
        QVERIFY(!u.asUintList());
        const AbiValue l = AbiValue::list({AbiValue::uint(1), AbiValue::boolean(true)});
        QVERIFY(!l.asUint());
        QVERIFY(!l.asUintList());
        QVERIFY(!l.at(2));
        QVERIFY(AbiValue::uintList(std::vector{U256::fromU64(1), U256::fromU64(2)})
                    .asUintList(2)
                    .has_value());
        QVERIFY(!AbiValue::uintList(std::vector{U256::fromU64(1)}).asUintList(2));
        QVERIFY(!AbiValue::fixedBytes({1, 2}).asBytes32());
        QVERIFY(!AbiValue::fixedBytes({1, 2}).asBytes());
    }

    void functionSignatures()
    {
        for (const char* bad : {"", "f", "f(", "f)", "(uint256)", "1f(uint256)", "f (uint256)",
                                "f(uint256 x)", "f(uint256))", "f(uint)", "f(uint256)x"})
            QVERIFY2(!AbiFunction::parse(bad).ok(), bad);
        const auto f = AbiFunction::parse("acceptOwnership()");
        QVERIFY(f.ok());
        QCOMPARE(hexOf(*f->encodeCall({})), QStringLiteral("0x79ba5097"));
        QVERIFY(!AbiFunction::parse("f()", "uint").ok());
        const auto g = AbiFunction::parse("getUserPublicKey(address)", "uint256[2]");
        QCOMPARE(g->outputs().size(), std::size_t{1});
        const auto out = g->decodeOutput(cat({w(3), w(4)}));
        QCOMPARE(out->at(0).toDebugString(), std::string("[3,4]"));
        const auto h = AbiFunction::parse("auditorPublicKey()", "uint256,uint256");
        QCOMPARE(h->outputs().size(), std::size_t{2});
    }
};

QTEST_GUILESS_MAIN(TestAbi)
#include "tst_abi.moc"
