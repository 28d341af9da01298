using System.Collections.Concurrent;
using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using Helpline.Channels.DirectLine;
using Helpline.Core.Schema;
using Microsoft.Extensions.Options;

namespace Helpline.Server.DirectLine;

/// <summary>
/// The WebSocket streams this instance holds, one per conversation (a new one closes the old). A stream
/// first sends what is stored after the client's watermark, then an ActivitySet for every new activity the
/// feed announces, and typing activities as they come. Messages from the client (empty pings) are ignored.
/// </summary>
public sealed class DirectLineStreams(
    IDirectLineStore store,
    IDirectLineActivityFeed feed,
    IOptions<DirectLineOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<DirectLineStreams> logger)
{
    private readonly ConcurrentDictionary<string, WebSocket> _sockets = new(StringComparer.Ordinal);

    public int OpenCount => _sockets.Count;

    public async Task RunAsync(string conversationId, long watermark, WebSocket socket, CancellationToken requestAborted)
    {
        if (_sockets.TryGetValue(conversationId, out var previous) || !_sockets.TryAdd(conversationId, socket))
        {
            _sockets[conversationId] = socket;
            // Abort is safe while the old stream is sending; its client reconnects if it is still there.
            previous?.Abort();
        }

        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, lifetime.ApplicationStopping);
        var sendLock = new SemaphoreSlim(1, 1);
        var sent = watermark;

        async Task SendStoredAsync()
        {
            await sendLock.WaitAsync(stopping.Token).ConfigureAwait(false);
            try
            {
                while (socket.State == WebSocketState.Open)
                {
                    var set = await store.GetActivitiesAsync(conversationId, sent, options.Value.MaxActivitiesPerGet, stopping.Token).ConfigureAwait(false);
                    if (set.Activities.Count == 0) break;
                    await SendAsync(socket, set, stopping.Token).ConfigureAwait(false);
                    sent = long.Parse(set.Watermark!, CultureInfo.InvariantCulture);
                }
            }
            finally
            {
                sendLock.Release();
            }
        }

        async Task OnFeedAsync(DirectLineFeedEvent feedEvent)
        {
            if (feedEvent.Ephemeral is { } ephemeral)
            {
                await sendLock.WaitAsync(stopping.Token).ConfigureAwait(false);
                try
                {
                    if (socket.State == WebSocketState.Open)
                    {
                        await SendAsync(socket, new DirectLineActivitySet([ephemeral], null), stopping.Token).ConfigureAwait(false);
                    }
                }
                finally
                {
                    sendLock.Release();
                }
                return;
            }
            if (feedEvent.Watermark > Volatile.Read(ref sent)) await SendStoredAsync().ConfigureAwait(false);
        }

        using var subscription = feed.Subscribe(conversationId, OnFeedAsync);
        try
        {
            await SendStoredAsync().ConfigureAwait(false);
            var buffer = new byte[1024];
            while (socket.State == WebSocketState.Open && !stopping.IsCancellationRequested)
            {
                var received = await socket.ReceiveAsync(buffer, stopping.Token).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).ConfigureAwait(false);
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            logger.LogDebug("A Direct Line stream ended: {Reason}", ex.GetType().Name);
        }
        finally
        {
            _sockets.TryRemove(new KeyValuePair<string, WebSocket>(conversationId, socket));
            if (lifetime.ApplicationStopping.IsCancellationRequested) await CloseQuietlyAsync(socket, "The service is restarting.").ConfigureAwait(false);
        }
    }

    /// <summary>Sends one ActivitySet; a client that does not read for 10 seconds loses its stream (it reconnects).</summary>
    private static async Task SendAsync(WebSocket socket, DirectLineActivitySet set, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(set, ActivityJson.Options);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(SendTimeout);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Abort();
            throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely, "The client did not read its stream in time.");
        }
    }

    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(10);

    private static async Task CloseQuietlyAsync(WebSocket socket, string reason)
    {
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync(WebSocketCloseStatus.PolicyViolation, reason, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            // The other end is gone already.
        }
    }
}
