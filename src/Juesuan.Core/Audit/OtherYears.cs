using System.Globalization;
using System.Text.RegularExpressions;

namespace Juesuan.Audit;

public static partial class Auditor
{
    /// <summary>A year-end date: 截至2023年12月31日, 截至2023年末, 截止到2023年底, 截至2023年12月末, 截至2023.12.31.</summary>
    [GeneratedRegex(@"(截至|截止)(到|至)?\s*(?<year>20\d\d)\s*(年\s*(12\s*月\s*(31\s*日|末|底)|末|底)|[.．/-]\s*12\s*[.．/-]\s*31)")]
    private static partial Regex YearEnd();

    /// <summary>"2021年末实有在职人员60人": a unit's staff counted at a year's end.</summary>
    [GeneratedRegex(@"(?<year>20\d\d)\s*年\s*(末|底)\s*(实有|在职|在编)")]
    private static partial Regex StaffAtYearEnd();

    /// <summary>Words of a budget's document, which states the staff at the end of the year before it.</summary>
    [GeneratedRegex(@"部门预算|单位预算|预算情况说明|预算编制说明|预算公开")]
    private static partial Regex BudgetDocument();

    [GeneratedRegex(@"\G20\d\d\s*年度?")]
    private static partial Regex YearWithItsWord();

    /// <summary>
    /// A heading or title of a year's final accounts or budget: "2023年度部门决算", "上海市XX局2023年度部门决算",
    /// "第二部分：XX幼儿园2023年预算情况说明".
    /// </summary>
    [GeneratedRegex(@"^(第[一二三四五六七八九十]+部分\s*[:：]?\s*)?[^，。；：,;:]{0,30}?(?<year>20\d\d)\s*年度?\s*(部门|单位)?(决算[^，。；,;]{0,16}|预算(情况说明|编制说明|公开)?)$")]
    private static partial Regex AccountsHeading();

    /// <summary>"2024年财政总决算于2024年7月30日…审议通过": the final accounts of a year, said to be approved on a day of that year.</summary>
    [GeneratedRegex(@"(?<year>20\d\d)\s*年度?[^。，；\n]{0,16}决算[^。，；\n]{0,8}?于\s*(?<date>(?<on>20\d\d)\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日)")]
    private static partial Regex AccountsApproved();

    /// <summary>
    /// 年度不符 — a year-end date or a heading of another year than the one the disclosure reports on
    /// ("截至2023年12月31日" in a 2024 disclosure): text copied from last year's disclosure and not brought up
    /// to date. Only where the document's own year is clear (the year it names most often).
    /// </summary>
    private static void OtherYears(AuditDocument doc, List<Claim> claims)
    {
        SameYearCompared(doc, claims);
        // A year's final accounts are drawn up after it ends: approved within it, the date is last year's, copied.
        foreach (Match m in AccountsApproved().Matches(doc.Text))
        {
            var (accounts, on) = (int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["on"].Value, CultureInfo.InvariantCulture));
            if (on > accounts) continue;
            var date = m.Groups["date"];
            var span = doc.Span(date.Index, date.Index + date.Length);
            claims.Add(new Claim(ClaimKind.OtherYear, ClaimVerdict.Contradicted, span, span.Text, accounts + 1, accounts + 1, accounts + 1, on - accounts - 1,
                $"{accounts}年的决算在{accounts}年结束后才能编制和审批，日期却写为{on}年，多半照抄了上一年度的文字而未改。"));
        }
        if (doc.Year is not { } year) return;
        foreach (var m in YearEnd().Matches(doc.Text).Cast<Match>())
            Stale(doc, claims, year, m.Index, m.Length, m.Groups["year"].Value, "年末的日期");
        // A year's final accounts count the staff at that year's end.
        if (doc.Text.Contains("决算", StringComparison.Ordinal) && !BudgetDocument().IsMatch(doc.Text))
            foreach (var m in StaffAtYearEnd().Matches(doc.Text).Cast<Match>())
                Stale(doc, claims, year, m.Index, m.Groups["year"].Length + 2, m.Groups["year"].Value, "年末的人数");
        foreach (var p in doc.Paragraphs)
        {
            var text = doc.Text[p.Start..p.End];
            var trimmed = text.TrimStart();
            var m = AccountsHeading().Match(trimmed.TrimEnd());
            // The year is what is wrong, not the rest of the title.
            var stated = m.Groups["year"];
            if (m.Success) Stale(doc, claims, year, p.Start + (text.Length - trimmed.Length) + stated.Index, YearWithItsWord().Match(trimmed, stated.Index).Length, stated.Value, "标题");
        }
    }

    /// <summary>
    /// "2019年大英县人民法院收入决算总额为6754.31万元，…收入决算总额较2019年增加1122.72万元": a statement that opens with the
    /// year of its figures compares them with that very year. One of the two years is wrong, most often the opening one,
    /// copied from last year's text. A budget may be set against its own year's execution, so a statement of a budget is
    /// not read.
    /// </summary>
    private static void SameYearCompared(AuditDocument doc, List<Claim> claims)
    {
        foreach (var statement in doc.Statements)
        {
            var opening = doc.Text.Length > statement.Start + 6 ? doc.StatedYearBefore(statement.Start + 6, statement.Start) : null;
            if (opening is not ({ } year, { } at) || doc.Text[statement.Start..at].Trim().Length > 0) continue;
            if (doc.NumbersIn(statement).FirstOrDefault(n => n.Kind == NumberKind.Money) is not { } first || IsBudget(doc, first)) continue;
            var compared = ChangeKeyword().Matches(doc.Text[statement.Start..statement.End])
                .FirstOrDefault(k => !k.Groups["budget"].Success && k.Groups["year"].Success && int.Parse(k.Groups["year"].Value, CultureInfo.InvariantCulture) == year);
            if (compared is null) continue;
            var span = doc.Span(at, at + 4);
            claims.Add(new Claim(ClaimKind.OtherYear, ClaimVerdict.Contradicted, span, span.Text, null, null, null, null,
                $"这里写的是{year}年的数，却与{year}年相比：同一年不能与自身相比，两个年份必有一个写错{(doc.Year is { } own && own != year ? $"（本文说明的是{own}年度）" : "")}。"));
        }
    }

    private static void Stale(AuditDocument doc, List<Claim> claims, int year, int start, int length, string stated, string what)
    {
        var other = int.Parse(stated, CultureInfo.InvariantCulture);
        if (other == year) return;
        var span = doc.Span(start, start + length);
        claims.Add(new Claim(ClaimKind.OtherYear, ClaimVerdict.Contradicted, span, span.Text, year, year, year, other - year,
            $"本文说明的是{year}年度，这一{what}却是{other}年，多半照抄了{other}年度的文字而未改。"));
    }
}
