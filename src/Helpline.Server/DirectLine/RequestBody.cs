namespace Helpline.Server.DirectLine;

internal static class RequestBody
{
    /// <summary>The body, or null when it is longer than <paramref name="max"/> bytes (read no further than that).</summary>
    public static async Task<byte[]?> ReadBoundedAsync(Stream body, int max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
