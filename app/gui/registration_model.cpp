// SPDX-License-Identifier: GPL-3.0-or-later
#include "registration_model.h"

#include "task_progress.h"

namespace bs::gui {

namespace {

wallet::ProviderListing listingOf(const QString& displayName,
                                  const QString& contactEmail,
                                  const QString& apiName,
                                  const QString& baseUrl,
                                  const QString& category,
                                  const QString& pricing)
{
    return {displayName.trimmed(), contactEmail.trimmed(),
            operator_api::ProviderApi{apiName.trimmed(), baseUrl.trimmed(), category, pricing}};
}

ListingView viewOf(const wallet::ProviderListing& l, const QString& providerId)
{
    return {{l.displayName, l.contactEmail, l.api.name, l.api.baseUrl, l.api.category,
             l.api.pricing},
            providerId};
}

} // namespace

RegistrationModel::RegistrationModel(std::shared_ptr<wallet::Profile> profile,
                                     AccountModel* account,
                                     QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_account(account)
    , m_steps([] {
          return QStringList{tr("Key registered on chain"), tr("Registered with the operator"),
                             tr("Integrated into FlowMCP"), tr("Earning revenue")};
      })
{
    if (auto saved = wallet::savedListing(*m_profile))
        m_saved = viewOf(*saved, m_profile->setting(wallet::kSettingProviderId));
    connect(m_account, &AccountModel::changed, this, &RegistrationModel::updateSteps);
    updateSteps();
}

RegistrationModel::~RegistrationModel()
{
    m_task.stopAndWait();
}

bool RegistrationModel::serverConfigured() const
{
    return m_profile->network().operatorUrl.has_value();
}

void RegistrationModel::updateSteps()
{
    // The operator's states in order (spec operator-api.md, "Providers"); suspended counts as
    // none of them.
    const AccountModel::ProviderState state = m_account->providerState();
    const int reached = state == AccountModel::ProviderRegistered       ? 1
                        : state == AccountModel::ProviderIntegrated     ? 2
                        : state == AccountModel::ProviderEarningRevenue ? 3
                                                                        : 0;
    m_steps.setDone(std::vector<bool>{m_account->onchainRegistered(), reached >= 1, reached >= 2,
                                      reached >= 3});
}

ListingCheck RegistrationModel::check(const QString& displayName,
                                      const QString& contactEmail,
                                      const QString& apiName,
                                      const QString& baseUrl,
                                      const QString& category,
                                      const QString& pricing) const
{
    ListingCheck c;
    for (wallet::ListingProblem problem : wallet::checkListing(
             listingOf(displayName, contactEmail, apiName, baseUrl, category, pricing))) {
        c.ok = false;
        switch (problem) {
        case wallet::ListingProblem::DisplayName:
            c.displayName = displayName.trimmed().isEmpty() ? tr("Enter the name users see.")
                                                            : tr("At most 100 characters.");
            break;
        case wallet::ListingProblem::ContactEmail:
            c.contactEmail = tr("Enter an email address, e.g. ops@example.com.");
            break;
        case wallet::ListingProblem::ApiName:
            c.apiName = tr("2 to 63 lower-case letters, digits or hyphens, e.g. acme-weather.");
            break;
        case wallet::ListingProblem::BaseUrl:
            c.baseUrl = tr("Enter the API's https:// address, e.g. https://api.example.com.");
            break;
        case wallet::ListingProblem::Category:
            c.category = tr("Choose a category.");
            break;
        case wallet::ListingProblem::Pricing:
            c.pricing = tr("Choose a pricing model.");
            break;
        }
    }
    return c;
}

void RegistrationModel::registerWithOperator(const QString& displayName,
                                             const QString& contactEmail,
                                             const QString& apiName,
                                             const QString& baseUrl,
                                             const QString& category,
                                             const QString& pricing)
{
    const wallet::ProviderListing listing =
        listingOf(displayName, contactEmail, apiName, baseUrl, category, pricing);
    if (!wallet::checkListing(listing).empty() || !serverConfigured())
        return;
    auto profile = m_profile;
    m_task.start(tr("Registering with the operator"),
                 [this, profile, listing](const TaskContext& ctx) -> Result<Task::Apply> {
                     auto provider =
                         wallet::registerWithOperator(*profile, listing, ctx.stopToken());
                     if (!provider)
                         return provider.error();
                     const ListingView saved = viewOf(listing, provider->providerId);
                     const auto state = AccountModel::stateOf(provider->status);
                     return Task::Apply([this, saved, state] {
                         m_saved = saved;
                         Q_EMIT savedChanged();
                         m_account->setRegistered(state);
                     });
                 });
}

void RegistrationModel::registerOnChain()
{
    auto profile = m_profile;
    m_task.start(tr("Preparing the registration"),
                 [this, profile](const TaskContext& ctx) -> Result<Task::Apply> {
                     TaskProgress progress(ctx);
                     auto outcome = wallet::registerOnChain(*profile, progress, ctx.stopToken());
                     if (!outcome)
                         return outcome.error();
                     return Task::Apply([this] { m_account->setOnchainRegistered(); });
                 });
}

} // namespace bs::gui
