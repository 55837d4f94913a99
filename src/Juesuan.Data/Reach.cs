using System.Linq.Expressions;

namespace Juesuan.Data;

/// <summary>
/// 可及范围 — the one answer to "may this caller reach this organisation", for an organisation tree of any
/// depth (bureau → department → unit → second-level unit): the bureau's people and administrators reach
/// every organisation, a department reviewer its department and everything beneath it, a preparer its own
/// unit. The same rule filters a query (<see cref="Rule"/>) and judges an organisation in hand (<see cref="Covers"/>).
/// </summary>
public sealed class Reach
{
    private readonly Func<Organisation, bool> _covers;

    private Reach(Expression<Func<Organisation, bool>> rule)
    {
        Rule = rule;
        _covers = rule.Compile();
    }

    /// <summary>The reach of a person of this role belonging to this organisation.</summary>
    public static Reach Of(UserRole role, Organisation own)
    {
        var path = own.Path;
        return role switch
        {
            UserRole.Administrator or UserRole.BureauReviewer => new Reach(_ => true),
            UserRole.DepartmentReviewer => Beneath(own),
            _ => new Reach(o => o.Path == path),
        };
    }

    /// <summary>An organisation and everything beneath it, at any depth.</summary>
    public static Reach Beneath(Organisation ancestor)
    {
        // Paths hold digits and slashes only, so the query's LIKE and the compiled StartsWith agree.
        var path = ancestor.Path;
        return new Reach(o => o.Path.StartsWith(path));
    }

    /// <summary>Nothing: a person whose organisation no longer exists.</summary>
    public static readonly Reach Nothing = new(_ => false);

    /// <summary>The rule as a query filter.</summary>
    public Expression<Func<Organisation, bool>> Rule { get; }

    /// <summary>Whether an organisation in hand is within reach.</summary>
    public bool Covers(Organisation organisation) => _covers(organisation);
}
