namespace Juesuan.Web.Api;

/// <summary>Gives the framework's own problem responses (401, 403, 404 of unknown routes, 405 …) a Chinese title and detail.</summary>
public static class ProblemTitles
{
    private static readonly Dictionary<int, (string Title, string Detail)> Texts = new()
    {
        [400] = ("请求有误", "请求的格式或内容不正确"),
        [401] = ("未登录", "请先登录，或在请求头 Authorization 中提供有效的接口令牌（Bearer …）"),
        [403] = ("无权操作", "您的角色不能进行此操作"),
        [404] = ("找不到", "没有这个地址"),
        [405] = ("不支持的请求方法", "此地址不支持该请求方法"),
        [413] = ("内容过大", "上传的内容超过了允许的大小"),
        [429] = ("请求过于频繁", "同一地址一分钟内的核查或下载次数已达上限，请稍后再试"),
        [415] = ("不支持的内容类型", "请以 JSON（application/json）或 multipart/form-data 提交"),
        [500] = ("服务器内部错误", "服务器处理请求时出错，已记录；请稍后再试或联系系统管理员"),
    };

    public static void InChinese(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        if (!Texts.TryGetValue(status, out var text)) return;
        // The framework's titles are English ("Content Too Large", "One or more validation errors…"); the application's are Chinese.
        if (problem.Title is null || problem.Title.All(char.IsAscii))
        {
            problem.Title = text.Title;
            problem.Detail ??= text.Detail;
        }
    }
}
