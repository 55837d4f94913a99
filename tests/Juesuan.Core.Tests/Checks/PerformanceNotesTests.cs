using Juesuan.Accounts;
using Juesuan.Checks;
using Juesuan.Disclosure;

namespace Juesuan.Core.Tests.Checks;

/// <summary>What a unit writes of its performance management agrees with whether its projects were self-evaluated (P-3).</summary>
public class PerformanceNotesTests
{
    private static IReadOnlyList<Finding> P3(string summary, bool selfEvaluated)
    {
        var small = SmallAccounts.Unit();
        var accounts = small with
        {
            Performance = new PerformanceNotes(summary, null, null),
            Projects = [.. small.Projects.Select(p => p with { SelfEvaluated = selfEvaluated })],
        };
        var context = new CheckContext(accounts, DisclosureBuilder.Build(accounts), SmallAccounts.AsOf);
        return [.. CheckRunner.Run(context, RuleCatalogue.Builtin).Findings.Where(f => f.RuleId == "P-3")];
    }

    [Theory]
    [InlineData("2021年度本单位对科普项目开展了绩效自评，自评得分94.63分。", true, false)]
    [InlineData("2021年度本单位对科普项目开展了绩效自评，自评得分94.63分。", false, true)]
    [InlineData("本单位组织各科室完成项目支出绩效自评，实现自评全覆盖。", false, true)]
    [InlineData("本年度尚未开展项目支出绩效自评，下一步将建立绩效管理制度。", false, false)]
    [InlineData("本年度尚未开展项目支出绩效自评，下一步将建立绩效管理制度。", true, true)]
    [InlineData("本单位没有对项目进行绩效评价。", true, true)]
    // Nothing said of self-evaluation itself: nothing to compare.
    [InlineData("一是对绩效考核的认识不够深刻，绩效考核体系欠科学。", false, false)]
    [InlineData("为未来开展绩效评价打下基础。", true, false)]
    public void The_notes_say_what_was_evaluated(string summary, bool selfEvaluated, bool contradicts)
    {
        var findings = P3(summary, selfEvaluated);
        Assert.Equal(contradicts, findings.Count == 1);
        if (contradicts) Assert.StartsWith("预算绩效管理情况中写“", findings[0].Message, StringComparison.Ordinal);
    }
}
