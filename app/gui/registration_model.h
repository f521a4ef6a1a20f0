// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Registration page: the listing with the operator (checked as typed, registered with a
// signed request) and the key on chain (registered with a proof), and the stepper
// key on chain -> registered with the operator -> integrated -> earning revenue.
#include "account_model.h"
#include "steps_model.h"
#include "task.h"
#include "wallet/profile.h"
#include "wallet/registration.h"

#include <QObject>
#include <QString>

#include <memory>

namespace bs::gui {

// One text per field of a listing: the listing itself (ListingView) or what is wrong with
// each field (ListingCheck).
struct ListingFields
{
    Q_GADGET
    Q_PROPERTY(QString displayName MEMBER displayName)
    Q_PROPERTY(QString contactEmail MEMBER contactEmail)
    Q_PROPERTY(QString apiName MEMBER apiName)
    Q_PROPERTY(QString baseUrl MEMBER baseUrl)
    Q_PROPERTY(QString category MEMBER category)
    Q_PROPERTY(QString pricing MEMBER pricing)

public:
    QString displayName;
    QString contactEmail;
    QString apiName;
    QString baseUrl;
    QString category;
    QString pricing;
};

// A listing as the form shows it.
struct ListingView : ListingFields
{
    Q_GADGET
    Q_PROPERTY(QString providerId MEMBER providerId)

public:
    QString providerId; // empty until registered
};

// What is wrong with each field of a listing ("" when the field is fine).
struct ListingCheck : ListingFields
{
    Q_GADGET
    Q_PROPERTY(bool ok MEMBER ok)

public:
    bool ok = true;
};

class RegistrationModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bs::gui::Task* task READ task CONSTANT)
    Q_PROPERTY(bs::gui::StepsModel* steps READ steps CONSTANT)
    Q_PROPERTY(bs::gui::ListingView saved READ saved NOTIFY savedChanged)
    Q_PROPERTY(bool serverConfigured READ serverConfigured CONSTANT)

public:
    RegistrationModel(std::shared_ptr<wallet::Profile> profile,
                      AccountModel* account,
                      QObject* parent = nullptr);
    ~RegistrationModel() override;

    Task* task() { return &m_task; }
    const Task* task() const { return &m_task; }
    StepsModel* steps() { return &m_steps; }
    ListingView saved() const { return m_saved; }
    bool serverConfigured() const;

    Q_INVOKABLE bs::gui::ListingCheck check(const QString& displayName,
                                            const QString& contactEmail,
                                            const QString& apiName,
                                            const QString& baseUrl,
                                            const QString& category,
                                            const QString& pricing) const;
    // Registers with the operator's server (signed with the wallet key); nothing when the
    // listing does not pass check().
    Q_INVOKABLE void registerWithOperator(const QString& displayName,
                                          const QString& contactEmail,
                                          const QString& apiName,
                                          const QString& baseUrl,
                                          const QString& category,
                                          const QString& pricing);
    // Registers the eERC key on chain (proof, transaction, confirmations).
    Q_INVOKABLE void registerOnChain();

Q_SIGNALS:
    void savedChanged();

private:
    void updateSteps();

    std::shared_ptr<wallet::Profile> m_profile;
    AccountModel* m_account;
    Task m_task;
    StepsModel m_steps;
    ListingView m_saved;
};

} // namespace bs::gui
