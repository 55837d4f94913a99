using Juesuan.Data;

namespace Juesuan.Web.Security;

/// <summary>授权策略 — the role-only policies; everything that depends on the organisation tree is decided by <see cref="Scope"/>.</summary>
public static class Policies
{
    public const string Administrator = "Administrator";

    public static IServiceCollection AddJuesuanAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Administrator, p => p.RequireRole(nameof(UserRole.Administrator)));
        return services;
    }
}
