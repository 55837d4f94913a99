using System.Text.RegularExpressions;

namespace Juesuan.Audit;

public static partial class Auditor
{
    /// <summary>Words a figure ends with or is written in ("上万元", "数百万元", "每万元", "单位：万元").</summary>
    private const string NumberLikeWords = "[万萬亿億千百十数數几幾上近余餘逾超多两兩一二三四五六七八九零〇每位计計元]";

    /// <summary>
    /// What a template leaves for its user to fill, as published by mistake: a name or amount written XX/××/xx
    /// ("XX万元", "××局", "xxxx.xx"), a year 20xx, a bracketed instruction (【待补充…】, 【请填写…】), a spreadsheet's
    /// prompt (双击此单元格), an empty slot where a figure belongs ("占 %", "增长%，", "，%，", "比上年减少 萬元", "年 月 日"), a title whose
    /// year is missing ("第二部分度部门决算", "（ 年度）", "x年1至6月", "关于年度省级预算执行", "——年11月27日"), an empty document
    /// number (〔〕号, "会议文件(   )"), a session's number ("第次会议", "六届人大次会议", "执行届人大…次会议"), a list left empty
    /// ("分别是。"), a form's field left empty where the published table ends ("填报日期：", "项目负责人：财务负责人："), a unit of money with no
    /// figure ("补助资金 万元。", "拨款收入万元，"), a count's unit with no figure ("给予党纪政纪处分人。", "10个方面个问题").
    /// </summary>
    [GeneratedRegex(
        @"(?<![A-Za-z])[XxＸｘ×]{2,}(?:[.．][XxＸｘ]{1,2})?(?![A-Za-z])" +
        @"|20[0-9]?[XxＸｘ]{1,2}(?=\s*年)" +
        @"|【[^】]{0,60}?(?:待补充|请填写|待填写|请补充|此处填写)[^】]{0,120}】" +
        @"|双击此单元格|单击此处输入|请在此处输入" +
        @"|(?:占|为|為|计|計|达|達|约|約|共|的|减少|減少|增加|增长|增長|下降|降低)[ \u3000]+(?:[%％]|(?:[万萬][ \u3000]*)?元)" +
        @"|(?:增长|增長|下降|降低|增加|减少|減少|占|增幅|降幅)[%％](?=[，,。；;])" +
        // "实有人数比上年减少2人，%，主要是人员调动": a percent sign standing alone as a clause.
        @"|(?<=[，,、])[ 　]*[%％](?=[ 　]*[，,。；;])" +
        @"|(?<![0-9０-９])年[ \u3000]+月[ \u3000]+日" +
        @"|(?<![0-9０-９年本上今该該*＊])(?<![0-9０-９][ \u3000])(?<![0-9０-９][ \u3000]{2})(?:年度?|度)(?:部门|單位|单位)(?:决算|決算|预算|預算)" +
        @"|〔[ \u3000]*〕[ \u3000]*号" +
        @"|(?<![0-9０-９A-Za-z])[XxＸｘ×](?=[ \u3000]*年)" +
        @"|[（(][ \u3000]+年度?[）)]" +
        @"|[（(][ \u3000]{2,}[）)]" +
        @"|关于[ \u3000]*年度|(?<=[—－\-\s])年[0-9０-９]{1,2}月[0-9０-９]{1,2}日" +
        @"|第[ \u3000]*(?:次|届)(?:会议|全体会议|人大|人民代表大会)|(?:人大|人民代表大会)[ \u3000]*次会议" +
        @"|(?<![0-9０-９零〇一二三四五六七八九十百本历歷上下每换該该同首])届人大[ \u3000]*[0-9０-９零〇一二三四五六七八九十]*次会议|分别(?:是|为)[ \u3000]*[。；;]" +
        @"|(?:填报日期|填报人|单位负责人|财务负责人|项目负责人)[ \u3000]*[：:][ \u3000]*(?=$|\n|(?:[^\s：:，。]{2,8}[：:]))" +
        // "给予党纪政纪处分人。", "10个方面个问题": a count's unit straight after the verb or the noun its number belongs to.
        @"|(?:处分|处理|追回|挽回|涉及|发现|查出|移送|问责|核减|收回)(?:个|人|项|家|起|件|[万萬亿億]?元)(?=[，,。；;、）)])|(?<=方面)个问题" +
        // "补助资金 万元。", "拨款收入万元，": a unit of money after a word that no figure can be part of.
        @"|(?<![0-9０-９])[\u4e00-\u9fff](?<!" + NumberLikeWords + @")(?:[ \u3000]+[万萬亿億]?|[万萬亿億])元(?=[。，,；;、）)])")]
    private static partial Regex TemplateBlank();

    /// <summary>"调账处理金额3,.83万元": a number whose digits between its thousands comma and its decimal point are lost.</summary>
    [GeneratedRegex(@"[0-9],[.．][0-9]+\s*[万萬亿億]?元")]
    private static partial Regex DigitsMissing();

    /// <summary>
    /// 模板空白 — a placeholder of a template left in the published text: what the reader sees is not the
    /// disclosure's content but its form. Each is reported where it stands.
    /// </summary>
    private static void TemplateBlanks(AuditDocument doc, List<Claim> claims)
    {
        foreach (var (pattern, what) in new[] { (DigitsMissing(), "不是完整的数：千分位逗号与小数点之间缺了数字"), (TemplateBlank(), "是模板中留给填写的内容，公开的文本中没有填上") })
            foreach (var m in pattern.Matches(doc.Text).Cast<Match>())
            {
                var span = doc.Span(m.Index, m.Index + m.Length);
                claims.Add(new Claim(ClaimKind.TemplateBlank, ClaimVerdict.Contradicted, span, span.Text, null, null, null, null, $"“{span.Text.Trim()}”{what}。"));
            }
    }
}
