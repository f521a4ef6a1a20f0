// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;
class QQmlEngine;

namespace bs::gui {

class AppSettings;
class Onboarding;
class Session;

// Loads the embedded translation for `language` ("" = the system locale) into
// the application. Returns the language actually installed ("en" when none
// matched: the source strings are English).
QString installTranslator(QCoreApplication& app, const QString& language);

// Makes the view models visible to QML under the URI BackendShield: the singletons
// `AppSettings`, `Session` and `Onboarding` (null: not registered), the `SecretField` item,
// and the types views reach through them (Task, the pages' view models). The engine
// does not take ownership.
void registerQmlTypes(AppSettings* settings,
                      Session* session = nullptr,
                      Onboarding* onboarding = nullptr);

} // namespace bs::gui
