// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Restoring a profile from an encrypted backup file, for the unlock screen ("Forgot the
// passphrase?") and the first run: the backup file, its passphrase, a name for the new vault
// file and a new passphrase (typed twice, the rules of onboarding). The restore runs on a
// worker (wallet::restoreProfile: two scrypt derivations, about a second) and the profile
// opens in the session. Passphrases stay in the SecretFields and in locked buffers.
#include "task.h"

#include <QObject>
#include <QString>
#include <QUrl>

namespace bs::gui {

class Session;

class RestoreModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bs::gui::Task* task READ task CONSTANT)
    // The chosen backup file's path ("" before one is chosen).
    Q_PROPERTY(QString backupFile READ backupFile NOTIFY backupFileChanged)
    // A free name for the new vault file, from the backup file's name.
    Q_PROPERTY(QString suggestedName READ suggestedName NOTIFY backupFileChanged)
    // Where the new vault goes.
    Q_PROPERTY(QString profileDir READ profileDir CONSTANT)

public:
    explicit RestoreModel(Session* session, QObject* parent = nullptr);
    ~RestoreModel() override;

    Task* task() { return &m_task; }
    QString backupFile() const { return m_backupFile; }
    QString suggestedName() const { return m_suggestedName; }
    QString profileDir() const;

    // Forgets the chosen file (a new dialog).
    Q_INVOKABLE void reset();
    Q_INVOKABLE void chooseBackup(const QUrl& file);
    // "" when `name` can name the new profile's vault file, else the sentence.
    Q_INVOKABLE QString nameProblem(const QString& name) const;
    // "" when the new passphrase is acceptable and typed twice alike, else the sentence.
    Q_INVOKABLE QString passphraseProblem(QObject* passphrase, QObject* confirmation) const;
    // Restores the chosen backup under the passphrase in `backupPassphrase` into a new vault
    // named `name` under the new passphrase, then opens it (restored()). The three fields are
    // cleared. Refused without a file, a backup passphrase or an acceptable new passphrase.
    Q_INVOKABLE void restore(const QString& name,
                             QObject* backupPassphrase,
                             QObject* newPassphrase,
                             QObject* confirmation);

Q_SIGNALS:
    void backupFileChanged();
    // The restored profile is open in the session.
    void restored();

private:
    Session* m_session;
    Task m_task;
    QString m_backupFile;
    QString m_suggestedName;
};

} // namespace bs::gui
