using System.Security.Cryptography;
using System.Text;
using StorjTui.Storj.Grants;

namespace StorjTui.Storj.Tests.Grants;

public sealed class RootKeyTests
{
    [Fact]
    public void Native_library_loads_here_and_is_the_chosen_implementation()
    {
        // run-all.sh installs libargon2-1; without it this machine would fall back to the slower managed code.
        Assert.NotNull(NativeArgon2id.TryLoad());
        Assert.Equal("libargon2", RootKey.Argon2.Name);
    }

    [Fact]
    public void Native_and_managed_argon2id_give_the_vector_a_key()
    {
        var native = NativeArgon2id.TryLoad();
        Assert.NotNull(native);
        var passphrase = Encoding.UTF8.GetBytes(Vectors.PassphraseA);
        var salt = Convert.FromBase64String(Vectors.SaltA);

        var fromNative = RootKey.Derive(passphrase, salt, 8, native);
        var fromManaged = RootKey.Derive(passphrase, salt, 8, new ManagedArgon2id());

        Assert.Equal(Vectors.DefaultKeyA, Convert.ToHexStringLower(fromNative));
        Assert.Equal(fromNative, fromManaged);
    }

    [Fact]
    public void Native_and_managed_agree_on_random_small_inputs()
    {
        var native = NativeArgon2id.TryLoad();
        Assert.NotNull(native);
        var managed = new ManagedArgon2id();
        for (var i = 0; i < 20; i++)
        {
            var password = RandomNumberGenerator.GetBytes(1 + i * 3);
            var salt = RandomNumberGenerator.GetBytes(8 + i);
            var lanes = 1 + (i % 4);
            var a = new byte[16 + i];
            var b = new byte[16 + i];

            native.Hash(password, salt, 1 + (i % 3), 64 * lanes, lanes, a);
            managed.Hash(password, salt, 1 + (i % 3), 64 * lanes, lanes, b);

            Assert.Equal(a, b);
        }
    }

    [Fact]
    public void Empty_passphrase_is_refused_by_both_implementations()
    {
        Assert.Throws<ArgumentException>(() => RootKey.Derive([], [1, 2, 3]));
        Assert.Throws<ArgumentException>(() => RootKey.Derive([], [1, 2, 3], 8, new ManagedArgon2id()));
    }

    [Fact]
    public void Passphrase_and_salt_both_change_the_key()
    {
        var salt = Convert.FromBase64String(Vectors.SaltA);
        var key = RootKey.Derive("one"u8, salt);

        Assert.NotEqual(key, RootKey.Derive("two"u8, salt));
        Assert.NotEqual(key, RootKey.Derive("one"u8, salt.Reverse().ToArray()));
        Assert.Equal(key, RootKey.Derive("one"u8, salt));
    }
}
