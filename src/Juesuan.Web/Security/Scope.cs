using Juesuan.Data;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Security;

/// <summary>
/// 权限范围 — every read and write of a unit's data is decided here, against the organisation tree: a
/// preparer reaches only its own unit, a department reviewer its department's units, the bureau's people
/// every unit. A unit outside the caller's reach is answered as not found, so its existence does not
/// leak; within reach, an action the role may not take is forbidden.
/// </summary>
public sealed class Scope(JuesuanDb db, DisclosureLifecycle lifecycle)
{
    /// <summary>The lifecycle every decision on an action asks.</summary>
    public DisclosureLifecycle Lifecycle => lifecycle;

    /// <summary>The unit with this code if the caller reaches it, else null.</summary>
    public async Task<Organisation?> UnitAsync(Caller caller, string code, CancellationToken cancellation)
    {
        var unit = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Code == code && o.Kind == OrganisationKind.Unit, cancellation);
        return unit is not null && Reaches(caller, unit) ? unit : null;
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

    /// <summary>Whether the caller's organisation is, or lies above, the given one.</summary>
    public static bool Reaches(Caller caller, Organisation organisation) => caller.Role switch
    {
        UserRole.Administrator or UserRole.BureauReviewer => true,
        UserRole.DepartmentReviewer => organisation.Id == caller.OrganisationId || organisation.ParentId == caller.OrganisationId,
        _ => organisation.Id == caller.OrganisationId,
    };

    /// <summary>Whether the role may take the action on a unit it reaches (the lifecycle's roles; the status is asked separately).</summary>
    public bool Allows(Caller caller, UnitAction action) => lifecycle.RoleMay(caller.Role, action);

    /// <summary>Whether the caller may take the action now, on a disclosure in this status (null: none started).</summary>
    public bool May(Caller caller, UnitAction action, DisclosureStatus? status) => lifecycle.May(caller.Role, action, status);

    /// <summary>The organisations the caller reaches (the whole tree for the bureau's people).</summary>
    public async Task<List<Organisation>> OrganisationsAsync(Caller caller, CancellationToken cancellation)
    {
        var query = db.Organisations.AsNoTracking();
        query = caller.Role switch
        {
            UserRole.Administrator or UserRole.BureauReviewer => query,
            UserRole.DepartmentReviewer => query.Where(o => o.Id == caller.OrganisationId || o.ParentId == caller.OrganisationId),
            _ => query.Where(o => o.Id == caller.OrganisationId),
        };
        return await query.OrderBy(o => o.Code).ToListAsync(cancellation);
    }
}
