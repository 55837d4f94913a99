using System.Text;
using Juesuan.Accounts;
using Juesuan.Accounts.Fields;
using Juesuan.Catalog;
using Juesuan.Documents.Workbooks;

namespace Juesuan.Documents.Formats;

/// <summary>
/// docs/accounts-format.md — the accounts file described for the people who write one: the conventions,
/// then every field with its kind, whether it is required and what it means, derived from
/// <see cref="AccountsFields"/> (<c>juesuan format</c>), so the document cannot drift from what the reader reads.
/// </summary>
public static class AccountsFormatDocument
{
    public static string Markdown(IReadOnlyList<AccountsField> fields)
    {
        var sb = new StringBuilder();
        sb.Append($"# 决算数据文件格式（{AccountsFields.FormatId}）\n\n");
        sb.Append("本文件由 `juesuan format > docs/accounts-format.md` 从字段表 `src/Juesuan.Core/Accounts/Fields/AccountsFields.cs` 生成，请勿手工修改。\n\n");
        sb.Append("""
            一个单位一个年度的决算数据保存为一个 JSON 文件（UTF-8）。Juesuan 由它计算并生成九张公开表和全部情况说明。
            JSON Schema：[`accounts.schema.json`](accounts.schema.json)（`juesuan format --schema` 生成）；完整示例：[`samples/datong-cast-2021/accounts.json`](../samples/datong-cast-2021/accounts.json)。

            ## 基本约定

            - **金额**一律以**元**为单位，是不小于 0、最多两位小数的数字，例如 `3915995.04`。不要写成文本（`"391.6万"`）。
            - 任何金额都可以写成带来源说明的对象：`{ "amount": 84676.10, "basis": "derived: 4,000,671.14 − 3,915,995.04" }`。
              明细行（收入、支出等各行）和各对象本身也可以带 `basis` 字段。Juesuan 不使用 `basis`，它留给审阅者：
              建议写 `seed`（已公开的数字）、`derived: …`（推算，写明算式）或 `assumed: …`（假设）。
            - **只填明细，不填合计**。收入总计、本年支出合计、各类各款合计等全部由明细计算，因此表内的合计关系必然成立。
            - **功能分类科目**一律填 7 位项级编码（如 `2012901`），须在该年度适用的科目目录中（`src/Juesuan.Core/Catalog/Editions/`）。
              **经济分类科目**填 5 位款级编码（如 `30101`）。
            - 文件中出现未定义的字段会报错（防止拼写错误被悄悄忽略）。允许 `//` 注释和末尾逗号。
            - 读取时会列出**全部**问题，每条注明 JSON 路径和期望的内容，例如：
              `accounts.json $.expenditure[0].amount：金额应为金额（以元为单位的数字），实际为文本“约三万”`。
              有任何问题时不生成任何文件，命令以退出码 2 结束。
            - “必填”指所在的对象出现时必须填写；未标必填的可以省略，省略的金额、数量为 0，标“可不填”的金额省略表示“未说明”（不同于 0）。

            ## 字段

            ### 顶层字段


            """);
        Table(sb, Flatten(fields));
        foreach (var (path, field) in Sections(fields, ""))
            Section(sb, path, field);
        Reasons(sb);
        Department(sb, fields);
        Workbook(sb);
        return sb.ToString();
    }

    /// <summary>The fields of one JSON object, inline parts merged in.</summary>
    private static IEnumerable<AccountsField> Flatten(IEnumerable<AccountsField> fields) =>
        fields.SelectMany(f => f is GroupField { Inline: true } part ? Flatten(part.Fields) : [f]);

    /// <summary>Every object, list and key table below the top level, with its path, in file order.</summary>
    private static IEnumerable<(string Path, AccountsField Field)> Sections(IEnumerable<AccountsField> fields, string prefix)
    {
        foreach (var field in Flatten(fields))
        {
            var path = prefix + field.Name;
            switch (field)
            {
                case GroupField group:
                    yield return (path, group);
                    foreach (var inner in Sections(group.Fields, path + ".")) yield return inner;
                    break;
                case ListField or MapField:
                    yield return (path, field);
                    break;
            }
        }
    }

    private static void Section(StringBuilder sb, string path, AccountsField field)
    {
        sb.Append($"\n### `{path}` {field.Label}\n\n");
        if (field.Help is not null) sb.Append(field.Help).Append("。\n\n");
        switch (field)
        {
            case GroupField group:
                Table(sb, Flatten(group.Fields));
                break;
            case ListField list:
                sb.Append($"数组，每行一个对象；{list.DuplicateWhat}只能填写一行。\n\n");
                Table(sb, list.Columns);
                break;
            case MapField map:
                sb.Append($"对象：键为{Kind(map.KeyField)}；值为{Kind(map.ValueField)}，");
                sb.Append(map.KeyField.Choices is { } choices
                    ? $"即{map.EntryPrefix}加键的名称，如 `{choices.Choices[^1].Value}` 为{map.EntryLabel(choices.Choices[^1].Value)}。\n"
                    : $"即{map.ValueField.Label}。\n");
                break;
        }
    }

    private static void Table(StringBuilder sb, IEnumerable<AccountsField> fields)
    {
        sb.Append("| 字段 | 类型 | 必填 | 含义 |\n|---|---|---|---|\n");
        foreach (var f in fields)
        {
            var required = f.Required ? "是" : f.RequiredWhen is { } when ? $"{when}必填" : f is LeafField { Optional: true } ? "可不填" : "";
            var meaning = f.Help is null ? f.Label : $"{f.Label}：{f.Help}";
            sb.Append($"| `{f.Name}` | {Kind(f)} | {required} | {Escape(meaning)} |\n");
        }
    }

    private static string Kind(AccountsField field) => field switch
    {
        GroupField => "对象，见下",
        ListField => "数组，见下",
        MapField => "键值表，见下",
        LeafField leaf => leaf.Kind switch
        {
            FieldKind.Constant => $"固定为 `\"{leaf.Constant}\"`",
            FieldKind.Year => $"年度（{leaf.Min}–{leaf.Max}）",
            FieldKind.Amount => "金额（元）",
            FieldKind.Count => leaf.Unit is null ? "整数" : $"整数（{leaf.Unit}）",
            FieldKind.Number => leaf.Max == int.MaxValue ? $"数（{leaf.Unit}，至多两位小数）" : $"数（{leaf.Unit}，0至{leaf.Max}，至多两位小数）",
            FieldKind.Code => $"{ClassificationCode.Digits(leaf.Level)}位{ClassificationCode.LevelName(leaf.Level)}级{ClassificationCode.KindName(leaf.Codes)}编码",
            FieldKind.Choice => "选项：" + string.Join("、", leaf.Choices!.Choices.Select(c => $"`{c.Value}` {c.Name}")),
            FieldKind.Text => "文本",
            FieldKind.LongText => "文本（可分段）",
            FieldKind.Date => "日期，如 `\"2022-07-25\"`",
            FieldKind.YesNo => "`true` 或 `false`",
            FieldKind.ReasonKey => "原因说明的键（见下）",
            FieldKind.Files => "文本数组（文件路径）",
            FieldKind.AnyCode => "3、5或7位科目编码",
            _ => leaf.Kind.ToString(),
        },
        _ => "",
    };

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static void Reasons(StringBuilder sb)
    {
        sb.Append("""

            ## 原因说明的键

            `reasons` 的键表示原因所解释的数字，值为原因文字（不必以句号结尾）。检查规则要求说明而未填写的原因，
            生成的文档中显示醒目的“【待补充：…】”，并在命令输出和文档开头列出（哪些差异须说明原因见 [rules.md](rules.md)）。

            | 键 | 解释的数字 |
            |---|---|

            """);
        foreach (var key in ReasonKeys.FixedKeys) sb.Append($"| `{key}` | {ReasonKeys.Meaning(key)} |\n");
        sb.Append("| `income.<来源>.change` | 某项收入与上年相比的增减，如 `income.other.change`（来源同 `income` 的 `source`） |\n");
        sb.Append("| `budget.<7位科目编码>` | 该项决算数与年初（调整）预算数的差异，如 `budget.2060702` |\n");
    }

    private static void Department(StringBuilder sb, IReadOnlyList<AccountsField> fields)
    {
        var own = Flatten(fields).Where(f => !f.UnitOnly).Select(f => $"`{f.Name}`");
        sb.Append($"""

            ## 部门汇总

            部门决算由部门本级和各下属单位的决算汇总而成。部门文件只能填写 {string.Join("、", own)}，
            其中 `members` 列出各单位文件；收支明细等由各单位文件汇总而来，不能直接填写。
            各单位文件的年度须与部门一致。汇总时同一科目、同一性质的明细相加，计数与资产相加；单位之间的上缴、补助不作抵销。

            ```json
            {"{"}
              "format": "{AccountsFields.FormatId}",
              "fiscalYear": 2021,
              "unit": {"{"} "code": "140200", "name": "某某部门", "type": "administrative", "functions": "…", "structure": "…" {"}"},
              "members": [ "本级/accounts.json", "下属单位甲/accounts.json" ]
            {"}"}
            ```

            """);
    }

    private static void Workbook(StringBuilder sb)
    {
        var lineSheets = AccountsWorkbookLayout.Standard.Sheets.OfType<LineSheet>().Select(s => $"“{s.Name}”");
        var fieldSheets = AccountsWorkbookLayout.Standard.Sheets.OfType<FieldSheet>().Select(s => $"“{s.Name}”");
        sb.Append($"""

            ## 填报工作簿（Excel / WPS）

            不熟悉 JSON 的填报人可以用 Excel 或 WPS 填写决算填报工作簿，它与本格式一一对应（由同一张字段表生成）：

            ```sh
            juesuan template --year 2021 --out 决算填报.xlsx                      # 空白模板
            juesuan template --from accounts.json --out 决算填报.xlsx             # 已填入某个数据文件的数据
            juesuan check 决算填报.xlsx                                           # 填好后直接检查、生成或导出
            juesuan export 决算填报.xlsx --format accounts --out 输出             # 转成本格式的 accounts.json
            ```

            - 每个工作表对应本格式的一部分：{string.Join("", lineSheets)}每行一条明细；{string.Join("", fieldSheets)}每行一个项目。
            - 项目名称和列标题就是上面各字段的中文名称；选项用中文（有下拉列表）；“科目名称”一列按当年科目目录自动显示，导入时不读取。
            - “原因说明”表列出了可能需要填写的原因（固定的各项和每个有预算的项），“原因”一列留空的行不导入。
            - 导入时逐个单元格检查，问题注明工作表和单元格，例如 `决算填报.xlsx 支出 F12：金额应为金额（以元为单位的数字），实际为文本“约三万”`；
              有任何问题时不导入任何数据。检查规则与 JSON 文件完全相同。
            - 部门汇总：在“决算单位构成”表中每行填写一个单位的填报工作簿或 JSON 文件（相对于本工作簿的路径），各收支明细表留空；
              与 JSON 文件一样，只能在命令行中按文件汇总（网页上传的是单个文件）。

            `juesuan check` 也可以检查已公开的九张公开表工作簿（如 `juesuan export --format xlsx` 导出的公开表工作簿、预算软件导出的公开表，或按官方公开表格式制作的工作簿）：
            按各表“金额单位”和每个数字显示的小数位确定其精度（万元保留两位小数即 ±50 元），在这个精度内核对表内平衡和表间勾稽。

            """);
    }
}
