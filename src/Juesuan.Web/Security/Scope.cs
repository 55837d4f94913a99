using Juesuan.Data;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Security;

/// <summary>
/// 权限范围 — every read and write of a unit's data is decided here: whether the caller reaches the unit
/// (<see cref="Reach"/>, over the organisation tree at any depth) and whether the lifecycle lets the
/// caller's role act. A unit outside the caller's reach is answered as not found, so its existence does
/// not leak; within reach, an action the role may not take is forbidden.
/// </summary>
public sealed class Scope(JuesuanDb db, DisclosureLifecycle lifecycle)
{
    private (Caller Caller, Reach Reach)? _reach;

    /// <summary>The lifecycle every decision on an action asks.</summary>
    public DisclosureLifecycle Lifecycle => lifecycle;

    /// <summary>What the caller reaches (read once a request).</summary>
    public async Task<Reach> ReachAsync(Caller caller, CancellationToken cancellation)
    {
        if (_reach is { } known && known.Caller == caller) return known.Reach;
        var own = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == caller.OrganisationId, cancellation);
        var reach = own is null ? Reach.Nothing : Reach.Of(caller.Role, own);
        _reach = (caller, reach);
        return reach;
    }

    /// <summary>The unit with this code if the caller reaches it, else null.</summary>
    public async Task<Organisation?> UnitAsync(Caller caller, string code, CancellationToken cancellation)
    {
        var reach = await ReachAsync(caller, cancellation);
        return await db.Organisations.AsNoTracking().Where(reach.Rule)
            .SingleOrDefaultAsync(o => o.Code == code && o.Kind == OrganisationKind.Unit, cancellation);
    }

    /// <summary>
    /// The unit the caller may take the action on. Outside the caller's reach it is not found (null, not
    /// forbidden), so its existence does not leak; within reach, a role that may not act is forbidden.
    /// </summary>
    public async Task<(Organisation? Unit, bool Forbidden)> ResolveAsync(Caller caller, string code, UnitAction action, CancellationToken cancellation)
    {
        var unit = await UnitAsync(caller, code, cancellation);
        return unit is null ? (null, false) : Allows(caller, action) ? (unit, false) : (null, true);
    }

    /// <summary>Whether the role may take the action on a unit it reaches (the lifecycle's roles; the status is asked separately).</summary>
    public bool Allows(Caller caller, UnitAction action) => lifecycle.RoleMay(caller.Role, action);

    /// <summary>Whether the caller may take the action now, on a disclosure in this status (null: none started).</summary>
    public bool May(Caller caller, UnitAction action, DisclosureStatus? status) => lifecycle.May(caller.Role, action, status);

    /// <summary>The organisations the caller reaches (the whole tree for the bureau's people).</summary>
    public async Task<List<Organisation>> OrganisationsAsync(Caller caller, CancellationToken cancellation)
    {
        var reach = await ReachAsync(caller, cancellation);
        return await db.Organisations.AsNoTracking().Where(reach.Rule).OrderBy(o => o.Code).ToListAsync(cancellation);
    }
}
