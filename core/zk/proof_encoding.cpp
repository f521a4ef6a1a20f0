// SPDX-License-Identifier: GPL-3.0-or-later
#include "zk/proof_encoding.h"

#include "zk/field_bytes.h"

#include <vector>

namespace bs::zk {

namespace {

// A tiny writer for the only JSON shapes needed here (nested arrays of strings), producing
// JSON.stringify(value, null, 1) layout.
struct Node
{
    std::string text; // a leaf string when children is empty and isArray is false
    std::vector<Node> children;
    bool isArray = false;
};

Node leaf(std::string s)
{
    return Node{std::move(s), {}, false};
}
Node array(std::vector<Node> items)
{
    return Node{{}, std::move(items), true};
}

void write(const Node& n, int depth, std::string& out)
{
    if (!n.isArray) {
        out += '"' + n.text + '"';
        return;
    }
    if (n.children.empty()) {
        out += "[]";
        return;
    }
    out += "[\n";
    for (std::size_t i = 0; i < n.children.size(); ++i) {
        out.append(std::size_t(depth + 1), ' ');
        write(n.children[i], depth + 1, out);
        out += i + 1 < n.children.size() ? ",\n" : "\n";
    }
    out.append(std::size_t(depth), ' ');
    out += ']';
}

std::string dec(const Fq& x)
{
    return x.toDecimal();
}

Node g1Node(const G1Affine& p)
{
    if (p.infinity)
        return array({leaf("0"), leaf("1"), leaf("0")});
    return array({leaf(dec(p.x)), leaf(dec(p.y)), leaf("1")});
}

Node g2Node(const G2Affine& p)
{
    if (p.infinity)
        return array({array({leaf("0"), leaf("0")}), array({leaf("1"), leaf("0")}),
                      array({leaf("0"), leaf("0")})});
    return array({array({leaf(dec(p.x.c0)), leaf(dec(p.x.c1))}),
                  array({leaf(dec(p.y.c0)), leaf(dec(p.y.c1))}), array({leaf("1"), leaf("0")})});
}

std::array<uint8_t, 32> wordOf(const Fq& x, bool isZero)
{
    if (isZero)
        return {};
    return x.toBytesBE();
}

std::string hexWord(const std::array<uint8_t, 32>& w)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string s = "\"0x";
    for (uint8_t b : w) {
        s += kDigits[b >> 4];
        s += kDigits[b & 15];
    }
    return s + '"';
}

} // namespace

std::string proofToSnarkjsJson(const Groth16Proof& proof)
{
    std::string out = "{\n \"pi_a\": ";
    write(g1Node(proof.a), 1, out);
    out += ",\n \"pi_b\": ";
    write(g2Node(proof.b), 1, out);
    out += ",\n \"pi_c\": ";
    write(g1Node(proof.c), 1, out);
    out += ",\n \"protocol\": \"groth16\",\n \"curve\": \"bn128\"\n}";
    return out;
}

std::string publicSignalsToSnarkjsJson(std::span<const crypto::Fr> publicSignals)
{
    std::vector<Node> items;
    for (const crypto::Fr& x : publicSignals)
        items.push_back(leaf(x.toDecimal()));
    std::string out;
    write(array(std::move(items)), 0, out);
    return out;
}

std::array<std::array<uint8_t, 32>, 8> proofToSolidityWords(const Groth16Proof& proof)
{
    const bool ia = proof.a.infinity;
    const bool ib = proof.b.infinity;
    const bool ic = proof.c.infinity;
    return {wordOf(proof.a.x, ia),    wordOf(proof.a.y, ia),    wordOf(proof.b.x.c1, ib),
            wordOf(proof.b.x.c0, ib), wordOf(proof.b.y.c1, ib), wordOf(proof.b.y.c0, ib),
            wordOf(proof.c.x, ic),    wordOf(proof.c.y, ic)};
}

std::string proofToSolidityCalldata(const Groth16Proof& proof,
                                    std::span<const crypto::Fr> publicSignals)
{
    const auto w = proofToSolidityWords(proof);
    std::string inputs;
    for (const crypto::Fr& x : publicSignals) {
        if (!inputs.empty())
            inputs += ',';
        inputs += hexWord(x.toBytesBE());
    }
    return "[" + hexWord(w[0]) + ", " + hexWord(w[1]) + "],[[" + hexWord(w[2]) + ", " +
           hexWord(w[3]) + "],[" + hexWord(w[4]) + ", " + hexWord(w[5]) + "]],[" + hexWord(w[6]) +
           ", " + hexWord(w[7]) + "],[" + inputs + "]";
}

} // namespace bs::zk
