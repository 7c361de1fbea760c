#pragma once

// IAM's default quotas (spec §2, §3). One place, so the store, the dialogs
// and the messages agree.
namespace Quotas {
inline constexpr int UserNameMax = 64;
inline constexpr int RoleNameMax = 64;
inline constexpr int GroupNameMax = 128;
inline constexpr int PolicyNameMax = 128;
inline constexpr int InstanceProfileNameMax = 128;
inline constexpr int PathMax = 512;
inline constexpr int SwitchRolePathAndNameMax = 64;
// Per account, enforced on creation (spec §2) and reported by GetAccountSummary;
// an import of what an account already holds is not refused.
inline constexpr int UsersPerAccount = 5000;
inline constexpr int GroupsPerAccount = 300;
inline constexpr int RolesPerAccount = 1000;
inline constexpr int CustomerManagedPoliciesPerAccount = 1500;
inline constexpr int SamlProvidersPerAccount = 100;
inline constexpr int SamlProviderNameMax = 128;
inline constexpr int GroupsPerUser = 10;
inline constexpr int ManagedPoliciesPerEntity = 10;
// Per user and per role an account may raise it this far (Service Quotas).
inline constexpr int ManagedPoliciesPerPrincipalRaisedMax = 20;
inline constexpr int AccessKeysPerUser = 2;
inline constexpr int VersionsPerManagedPolicy = 5;
inline constexpr int MfaDevicesPerUser = 8;
inline constexpr int ManagedPolicySize = 6144;
inline constexpr int InlinePolicySizePerUser = 2048;
inline constexpr int InlinePolicySizePerGroup = 5120;
inline constexpr int InlinePolicySizePerRole = 10240;
inline constexpr int TrustPolicySize = 2048;
inline constexpr int SessionPolicySize = 2048;
inline constexpr int SessionPolicyArnsMax = 10;
inline constexpr int TagsPerEntity = 50;
inline constexpr int TagKeyMax = 128;
inline constexpr int TagValueMax = 256;
inline constexpr int DescriptionMax = 1000;

inline constexpr int RoleMaxSessionDurationMin = 3600;
inline constexpr int RoleMaxSessionDurationMax = 43200;
inline constexpr int RoleMaxSessionDurationDefault = 3600;
inline constexpr int AssumeRoleDurationMin = 900;
inline constexpr int AssumeRoleDurationDefault = 3600;
inline constexpr int RoleChainingDurationMax = 3600;
inline constexpr int SessionTokenDurationMin = 900;
inline constexpr int SessionTokenDurationMax = 129600;
inline constexpr int SessionTokenDurationDefault = 43200;
inline constexpr int SessionTokenRootDurationMax = 3600;
inline constexpr int ConsoleSessionDuration = 43200;
inline constexpr int RoleHistoryLength = 5;

inline constexpr int SignInFailuresBeforeLockout = 5;
inline constexpr int SignInFailureWindowSeconds = 15 * 60;
inline constexpr int SignInLockoutSeconds = 15 * 60;
} // namespace Quotas
