using Helpline.Core.Idempotency;
using Helpline.Testing.Contracts;

namespace Helpline.Core.Tests.State;

public class InMemoryIdempotencyStoreTests : IdempotencyStoreContract
{
    protected override IIdempotencyStore CreateStore() => new InMemoryIdempotencyStore();
}
