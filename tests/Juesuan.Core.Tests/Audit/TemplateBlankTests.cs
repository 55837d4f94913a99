using System.Text.Json;
using Juesuan.Audit;
using Juesuan.Testing;
using Xunit.Abstractions;

namespace Juesuan.Core.Tests.Audit;

/// <summary>
/// Template blanks on real published pages (Audit/blanks): passages whose text still holds a template's placeholders,
/// and passages with look-alikes that are none (road codes with X, masked “***”, check boxes, a filled date with spaces).
/// Two sets collected separately: the one the check was built on (“dev”) and one collected afterwards by another search
/// and measured only (“frozen”).
/// </summary>
public class TemplateBlankTests(ITestOutputHelper output)
{
    private sealed record Passage(string File, string Source, string Part, string[] Placeholders, string Note);

    private static Passage[] Load() => JsonSerializer.Deserialize<Passage[]>(
        File.ReadAllText(RepoPaths.File("tests", "Juesuan.Core.Tests", "Audit", "blanks", "index.json")), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;

    /// <summary>The figures as measured, held so that no change makes them worse: passages with a placeholder found, look-alike passages alarmed.</summary>
    [Theory]
    [InlineData("dev", 20, 22, 8)]
    [InlineData("frozen", 4, 17, 9)]
    public void Placeholders_left_in_published_text_are_found_and_look_alikes_are_not(string part, int leastFound, int withPlaceholders, int lookAlikes)
    {
        var passages = Load().Where(p => p.Part == part).ToArray();
        var found = 0;
        var alarms = new List<string>();
        foreach (var passage in passages)
        {
            var text = File.ReadAllText(RepoPaths.File("tests", "Juesuan.Core.Tests", "Audit", "blanks", passage.File));
            var blanks = Auditor.Audit(text, passage.File).Claims.Where(c => c.Kind == ClaimKind.TemplateBlank).ToArray();
            if (passage.Placeholders.Length > 0 && blanks.Length > 0) found++;
            if (passage.Placeholders.Length == 0 && blanks.Length > 0) alarms.Add($"{passage.File}：{string.Join("、", blanks.Select(b => b.Span.Text))}");
        }
        output.WriteLine($"{part}: passages with a placeholder found {found} of {passages.Count(p => p.Placeholders.Length > 0)}; look-alike passages alarmed {alarms.Count} of {passages.Count(p => p.Placeholders.Length == 0)}");
        Assert.Equal((withPlaceholders, lookAlikes), (passages.Count(p => p.Placeholders.Length > 0), passages.Count(p => p.Placeholders.Length == 0)));
        Assert.True(found >= leastFound, $"found {found}, was {leastFound}");
        Assert.Empty(alarms);
    }

    [Theory]
    [InlineData("2023年度“三公”经费支出XX万元，比上年减少xx.xx万元。", "XX")]
    [InlineData("其中：因公出国（境）费0万元，占 %，比上年减少 万元。", "占 %")]
    [InlineData("实有人数75人，实有人数比上年减少2人，%，主要是人员调动。", "%")]
    [InlineData("【待补充：“三公”经费决算数与预算数差异的主要原因】", "【待补充：“三公”经费决算数与预算数差异的主要原因】")]
    [InlineData("第二部分度部门决算表", "度部门决算")]
    [InlineData("报送日期：年 月 日", "年 月 日")]
    [InlineData("乌政发〔〕号", "〔〕号")]
    [InlineData("x年1至6月公务接待费支出3040元", "x")]
    [InlineData("项目支出绩效目标申报表（ 年度）", "（ 年度）")]
    [InlineData("填报单位：县城管局\n项目负责人：财务负责人：\n", "项目负责人：")]
    [InlineData("填报人：张三 填报日期：\n", "填报日期：")]
    [InlineData("市十四届人大常委会\n第二十七次会议文件(   )\n", "(   )")]
    [InlineData("审计工作报告《关于年度省级预算执行和其他财政收支的审计工作报告》", "关于年度")]
    [InlineData("——年11月27日在省十二届人大常委会第二十七次会议上", "年11月27日")]
    [InlineData("盘活使用预算资金14.15亿元，调账处理金额3,.83万元，建立健全相关管理制度73项。", "3,.83万元")]
    [InlineData("严格执行隆阳区六届人大次会议审查批准的预算", "人大次会议")]
    [InlineData("在州九届人大三次会议第次全体会议上", "第次全体会议")]
    [InlineData("认真执行届人大次会议审查批准的预算", "届人大次会议")]
    [InlineData("下设事业单位5个，分别是。", "分别是。")]
    [InlineData("收支较上年决算数增加22,373.87万元、增长%,主要原因是…", "增长%")]
    [InlineData("现下达你区自然灾害生活补助资金 万元。并就有关事项通知如下", "金 万元")]
    [InlineData("单位本年度实际收到的财政拨款收入万元，差额万元。", "入万元")]
    [InlineData("对相关责任人员给予党纪政纪处分人。", "处分人")]
    [InlineData("审计发现21个部门10个方面个问题。", "个问题")]
    public void A_placeholder_is_reported_where_it_stands(string text, string first)
    {
        var blank = Auditor.Audit(text, "t.txt").Claims.First(c => c.Kind == ClaimKind.TemplateBlank);
        Assert.Equal((ClaimVerdict.Contradicted, first), (blank.Verdict, blank.Span.Text));
    }

    [Theory]
    [InlineData("2024年度部门决算，本年度部门决算收入100.00万元，占100.00%。")]
    [InlineData("购置X线计算机断层扫描仪1台，县道X329改造。")]
    [InlineData("上年度部门决算数为20.00万元，2023年 5 月 6 日批复。")]
    [InlineData("填报人：张三 填报日期：2024年3月1日\n项目负责人：李四\n")]
    [InlineData("（2023年度）项目支出绩效自评表")]
    [InlineData("项目 本年数 上年数 比上年增长%\n合计 100.00 90.00 11.11")]
    [InlineData("关于2016年度省级预算执行情况的审计报告，2016年11月27日，调账处理金额3,000.83万元（见附表）。")]
    [InlineData("经州九届人大常委会第六次会议批准，本届人大三次会议审查，历届人大第一次会议，分别是：甲、乙。")]
    [InlineData("学校建设 5506 万 元，工业园 0.5 亿 元，上万元，数百万元，金额单位：万元，每万元，没有人。")]
    [InlineData("国内公务接待24批次，210人次，团组数0个，公务用车保有量12 辆；共有车辆3辆。")]
    [InlineData("共处分5人，处理人员3名，发现问题12个，每个问题都已整改，涉及10个方面。")]
    public void Filled_text_has_no_placeholder(string text) =>
        Assert.DoesNotContain(Auditor.Audit(text, "t.txt").Claims, c => c.Kind == ClaimKind.TemplateBlank);
}
