namespace StorjTui.Storj.Grants;

/// <summary>Argon2id (version 1.3) raw hashing, implemented natively or in managed code.</summary>
public interface IArgon2id
{
    /// <summary>A short name for reports ("libargon2", "Konscious").</summary>
    string Name { get; }

    /// <summary>Fills <paramref name="output"/> with Argon2id(password, salt, t, m KiB, p lanes/threads).</summary>
    void Hash(ReadOnlySpan<byte> password, ReadOnlySpan<byte> salt, int iterations, int memoryKiB, int parallelism, Span<byte> output);
}
