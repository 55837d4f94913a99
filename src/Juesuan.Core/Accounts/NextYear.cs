namespace Juesuan.Accounts;

/// <summary>
/// 以上年为起点 — a new year's accounts started from last year's: the unit's profile (its staffing left out, as it
/// changes every year), the names and explanations of codes it stated, its texts on performance management, and last
/// year's figures as this year's 上年数. Everything of the year itself (income, expenditure, budgets, 三公, projects,
/// reasons) starts empty; last year's reasons are offered beside this year's, not copied.
/// </summary>
public static class NextYear
{
    public static UnitAccounts From(UnitAccounts last, int year) => new()
    {
        FiscalYear = year,
        Unit = last.Unit with { Staff = null },
        CodeNames = last.CodeNames,
        CodeExplanations = last.CodeExplanations,
        Performance = last.Performance,
        PriorYear = PriorYearFigures.Of(last),
    };
}
