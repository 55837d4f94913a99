using System.Globalization;
using System.Text;
using Juesuan.Checks;

namespace Juesuan.Documents.Checks;

/// <summary>
/// docs/rules.md — the rule catalogue as a document: how rules are written, then every rule with its
/// id, category, severity, basis, tables and fields, formula or check, message and hint. Generated from
/// the catalogue (<c>juesuan rules</c>), so it cannot drift from what the engine runs.
/// </summary>
public static class RulesDocument
{
    public static string Markdown(RuleCatalogue catalogue)
    {
        var sb = new StringBuilder();
        sb.Append("# 检查规则目录\n\n");
        sb.Append("本文件由 `juesuan rules > docs/rules.md` 从内置规则目录 `src/Juesuan.Core/Checks/Rules/builtin.json` 生成，请勿手工修改。\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"共 {catalogue.Rules.Count} 条规则：");
        sb.Append(string.Join("，", catalogue.Rules.GroupBy(r => r.Category).Select(g => $"{RuleCatalogue.CategoryName(g.Key)} {g.Count()} 条"))).Append("。\n\n");
        sb.Append("""
            ## 规则的写法

            规则目录是一个 JSON 文件（`"catalogue": "juesuan.rules/1"`），`rules` 数组中每条规则包括：

            | 字段 | 含义 |
            |---|---|
            | `id` | 稳定的规则编号，如 `T1-5`、`X-8` |
            | `title` | 规则名称 |
            | `category` | 类别：`identity` 表内平衡、`crossTable` 表间勾稽、`completeness` 完整性、`reasonableness` 合理性、`classification` 科目规范、`narrative` 情况说明 |
            | `severity` | 严重程度：`blocking` 阻断（须改正后才能报送）、`warning` 警告、`info` 提示 |
            | `basis` | 依据（规定或实践），C 已证实、P 实践通行、U 待核实 |
            | `tables`、`fields` | 涉及的表和项目 |
            | `formula` 或 `check` | 公式（见下），或内置检查的名称 |
            | `thresholds` | 阈值（内置检查使用），财政局可在配置文件中调整 |
            | `message`、`hint` | 问题说明和修改建议，可用花括号引用规则提供的值，如 `{left}`、`{difference}`；`{T1}` 至 `{T9}` 是九张表在被检查文本中的编号（未印编号的为表名），下文按 2021 年度中央格式写作“公开01表”等 |

            ### 公式

            公式比较两个算式：`左边 = 右边`，或 `<=`、`>=`。算式由表格引用、数字、`+`、`-`、括号、`数字 * 算式` 组成。

            - `T1.收入总计` 引用两栏式表（公开01、04、06、07表）中有名称的单元格。
            - `T3[2012901].本年支出合计` 引用按科目列示的表中某行某列；`合计` 为合计行。
            - 行、列和单元格名称中可用模式：`#` 代表一位数字，`*` 代表任意文字，`$名称` 为变量，`$名称{###}` 为受模式约束的变量。
              同一公式中同名的变量（或同样的模式）取同一个值；公式对变量的每个取值各检查一次，如
              `T3[*].本年支出合计 = T3[*].基本支出 + T3[*].项目支出` 逐行检查。变量的取值来自公式左边的表。
            - `sum(引用)` 把模式匹配到的所有单元格相加；`children(T2[$r].$col)` 把行 `$r` 的下一级各行（合计 → 类 → 款 → 项）的同一列相加。
            - 空白单元格按 0 计。按元填报的金额精确比较；按万元等四舍五入列示的数字按其精度视为区间（如 0.01 万元代表 ±50 元），
              两边区间相交即视为相等，允许误差在问题中写明。

            公式规则的问题说明可用的值：`left`、`right`（两边的值）、`difference`（差额）、`tolerance`（按精度允许的误差）、
            `row`、`column`、`cell`（位置）、公式中的变量名，以及 `year`、`unit`。

            ### 补充规则和配置

            - 财政局可以用 `juesuan check --rules 本局规则.json` 增加自己的规则（格式同上，编号不得与内置规则重复）。
            - 用 `juesuan check --config 本局配置.json` 停用规则、调整严重程度和阈值；所作调整列在检查报告的开头：

            ```json
            {
              "config": "juesuan.check-config/1",
              "name": "某市财政局",
              "rules": {
                "Q-1": { "severity": "info", "thresholds": { "low": 85, "high": 115 } },
                "Q-2": { "enabled": false }
              }
            }
            ```

            ## 规则一览


            """);
        foreach (var group in catalogue.Rules.GroupBy(r => r.Category))
        {
            sb.Append("### ").Append(RuleCatalogue.CategoryName(group.Key)).Append("\n\n");
            sb.Append("| 编号 | 规则 | 严重程度 | 依据 | 涉及 | 公式或检查 |\n|---|---|---|---|---|---|\n");
            foreach (var r in group)
            {
                var touches = string.Join("、", r.Tables.Concat(r.Fields));
                var how = r.Formula is { } f ? $"`{f.Text}`" : $"内置检查 `{r.Check}`";
                if (r.Thresholds.Count > 0)
                    how += "；阈值 " + string.Join("，", r.Thresholds.Select(t => $"{t.Key} = {t.Value.ToString("0.##", CultureInfo.InvariantCulture)}"));
                sb.Append(CultureInfo.InvariantCulture, $"| {r.Id} | {Cell(PlaceNames.Central.Fill(r.Title))} | {RuleCatalogue.SeverityName(r.Severity)} | {Cell(r.Basis)} | {Cell(touches)} | {Cell(how)} |\n");
            }
            sb.Append('\n');
            foreach (var r in group)
            {
                sb.Append(CultureInfo.InvariantCulture, $"- **{r.Id}** 问题：{PlaceNames.Central.Fill(r.Message)}  \n  修改建议：{PlaceNames.Central.Fill(r.Hint)}\n");
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|");
}
