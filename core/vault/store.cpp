// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/store.h"

namespace bs::vault {

bool isStoredDecimal(const QString& s)
{
    if (s.isEmpty() || s.size() > 80)
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool isStoredTxHash(const QString& s)
{
    if (s.size() != 66 || !s.startsWith(QLatin1String("0x")))
        return false;
    for (qsizetype i = 2; i < s.size(); ++i) {
        const QChar c = s[i].toLower();
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace bs::vault
