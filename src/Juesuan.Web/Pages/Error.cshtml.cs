using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juesuan.Web.Pages;

/// <summary>出错页 — what a page answer's status code means, in words (the API answers Problem Details instead).</summary>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "";

    public string Detail { get; private set; } = "";

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        (Title, Detail) = code switch
        {
            403 => ("没有权限", "您的角色不能进行这项操作。如需办理，请联系系统管理员。"),
            404 => ("找不到页面", "您要找的页面不存在，或不在您的权限范围内。"),
            413 => ("内容过大", "上传的文件或提交的内容超过了服务器允许的大小（30 MB）。决算数据文件和工作簿通常只有几百 KB，请检查是否选错了文件。"),
            429 => ("请求过于频繁", "同一地址一分钟内的核查或下载次数已达上限，请一分钟后再试。"),
            400 => ("请求无效", "提交的内容不完整或已过期（例如页面停留过久）。请返回上一页刷新后重试。"),
            _ => ("出错了", $"服务器未能完成请求（{code}）。请稍后重试。"),
        };
    }
}
