#include "CustomerLabels.h"

QString CustomerLabels::kind(CustomerKind kind)
{
    switch (kind) {
    case CustomerKind::Person:
        return tr("Person");
    case CustomerKind::Organization:
        return tr("Organization");
    }
    return {};
}

QString CustomerLabels::gender(Gender gender)
{
    switch (gender) {
    case Gender::Unspecified:
        return tr("Not specified");
    case Gender::Male:
        return tr("Male");
    case Gender::Female:
        return tr("Female");
    }
    return {};
}

QString CustomerLabels::lifecycle(Lifecycle lifecycle)
{
    switch (lifecycle) {
    case Lifecycle::Potential:
        return tr("Potential");
    case Lifecycle::New:
        return tr("New");
    case Lifecycle::Returning:
        return tr("Returning");
    case Lifecycle::Inactive:
        return tr("Inactive");
    }
    return {};
}

QString CustomerLabels::valueTier(ValueTier tier)
{
    switch (tier) {
    case ValueTier::Unrated:
        return tr("Unrated");
    case ValueTier::High:
        return tr("High");
    case ValueTier::Medium:
        return tr("Medium");
    case ValueTier::Low:
        return tr("Low");
    }
    return {};
}

QString CustomerLabels::phoneKind(PhoneKind kind)
{
    switch (kind) {
    case PhoneKind::Mobile:
        return tr("Mobile");
    case PhoneKind::Landline:
        return tr("Landline");
    case PhoneKind::Fax:
        return tr("Fax");
    case PhoneKind::Other:
        return tr("Other");
    }
    return {};
}

QList<CustomerKind> CustomerLabels::kinds()
{
    return {CustomerKind::Person, CustomerKind::Organization};
}

QList<Gender> CustomerLabels::genders()
{
    return {Gender::Unspecified, Gender::Male, Gender::Female};
}

QList<Lifecycle> CustomerLabels::lifecycles()
{
    return {Lifecycle::Potential, Lifecycle::New, Lifecycle::Returning, Lifecycle::Inactive};
}

QList<ValueTier> CustomerLabels::valueTiers()
{
    return {ValueTier::Unrated, ValueTier::High, ValueTier::Medium, ValueTier::Low};
}

QList<PhoneKind> CustomerLabels::phoneKinds()
{
    return {PhoneKind::Mobile, PhoneKind::Landline, PhoneKind::Fax, PhoneKind::Other};
}
