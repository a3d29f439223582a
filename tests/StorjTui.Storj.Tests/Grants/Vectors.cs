namespace StorjTui.Storj.Tests.Grants;

/// <summary>Public test vectors from Storj's own tests (STORJ.md §7 and the storj repositories cited per field).</summary>
internal static class Vectors
{
    // A: console WebAssembly test (storj/storj web/satellite/tests/wasm/main.spec.ts).
    public const string ApiKeyA = "13YqeGFpvtzbUp1QAfpvy2E5ZqLUFFNhEkv7153UDGDVnSmTuYYa7tKUnENGgvFXCCSFP7zNhKw6fsuQmWG5JGdQJbXVaVYFhoM2LcA";
    public const string SaltA = "XGjYvx0YvBXhbjrLK7+AnTzZ9tUFYE6XqOGgO/61hDg=";
    public const string PassphraseA = "supersecretpassphrase";
    public const string DefaultKeyA = "6953952a8f19b3362652637de1bef9047a7f913ea1fb707a437102c01d83d9c8";
    public const string GrantA = "158UWUf6FHtCk8RGQn2JAXETNRnVwyoF7yEQQnuvPrLbsCPpttuAVWwzQ2YgD2bpQLpdBnctHssvQsqeju7kn7gz3LEJZSdRqyRG6rA9Da3PLGsawWMtM3NdGVqq9akyEmotsN7eMJVC1mfTsupiYXeHioTTTg11kY";

    // B: grant with no caveats, cipher 2.
    public const string SatelliteB = "1ds2WEsr2Frv8AFcPkdHfCdUjDrnGpb6y4rpADpX32TXzxg57k@127.0.0.1:44819";
    public const string GrantB = "12edqwjdy4fmoHasYrxLzmu8Ubv8Hsateq1LPYne6Jzd64qCsYgET53eJzhB4L2pWDKBpqMowxt8vqLCbYxu8Qz7BJVH1CvvptRt9omm24k5GAq1R99mgGjtmc6yFLqdEFgdevuQwH5yzXCEEtbuBYYgES8Stb1TnuSiU3sa62bd2G88RRgbTCtwYrB8HZ7CLjYWiWUphw7RNa3NfD1TW6aUJ6E5D1F9AM6sP58X3D4H7tokohs2rqCkwRT";

    // C: API keys that must round-trip byte-identically.
    public const string ApiKeyC1 = "13Yqe3oHi5dcnGhMu2ru3cmePC9iEYv6nDrYMbLRh4wre1KtVA9SFwLNAuuvWwc43b9swRsrfsnrbuTHQ6TJKVt4LjGnaARN9PhxJEu";
    public const string ApiKeyC2 = "13YqdMKxAVBamFsS6Mj3sCQ35HySoA254xmXCCQGJqffLnqrBaQDoTcCiCfbkaFPNewHT79rrFC5XRm4Z2PENtRSBDVNz8zcjS28W5v";

    // storj/storj cmd/uplink/cmd_access_inspect_test.go: a grant and its inspect output.
    public const string InspectGrant = "12edqrJX1V243n5fWtUrwpMQXL8gKdY2wbyqRPSG3rsA1tzmZiQjtCyF896egifN2C2qdY6g5S1t6e8iDhMUon9Pb7HdecBFheAcvmN8652mqu8hRx5zcTUaRTWfFCKS2S6DHmTeqPUHJLEp6cJGXNHcdqegcKfeahVZGP4rTagHvFGEraXjYRJ3knAcWDGW6BxACqogEWez6r274JiUBfs4yRSbRNRqUEURd28CwDXMSHLRKKA7TEDKEdQ";
    public const string InspectSatellite = "12V4jtJhKFNoUtHNG9VaTPEn5MyeHvbNdT2UtfqN8qWN6ATd7FX@storjsim:10000";
    public const string InspectDefaultKey = "N87DsbLnjfzhTVxq1NY5kb68htyFoQ3vpf3+PXOryrk=";
    public const string InspectApiKey = "13YqdsDpS5T26sbKUPWkqeczTN1TEm28hBuCD5mCGEDsC9JNte3VUbj2iJRsWogorpfbm3cCx8gFfAWPtf3tJncy9YRjU3734VKPYoh";
    public const string InspectHead = "QaR7H0JWYExN1uELObuXuPkkgICizvci5DCGPQvKQ2I=";
    public const string InspectTail = "STxHftTfJh9El-dvL6fZC-J3ikE5HAP8Th-e2KYTcqA=";

    // Same test: an API key restricted by Storj with one caveat holding only a nonce.
    public const string NonceCaveatApiKey = "1dfJRDAYwLTD3Repgzg6DS1gABme4BQXTp8mmQ56penApYPJ8bMLmF6125scmj7PVKezhSraMGnU6WiwGwPpe6u9Vq5tqZMJD13bnUB4hykKaTaNptRY";
    public const string NonceCaveatHead = "nXhdVngN8Q2oNfro0vqCBvJ8WXHJ76aTGElbrImcwJQ=";
    public const string NonceCaveatNonce = "v1MmWA==";
    public const string NonceCaveatTail = "WiJnEHpTzPzBjfR2dxUdeXOdWe-zQROjQywZ1gk6Cbg=";

    // D: storj/common encryption/examples_test.go.
    public const string PathD = "fold1/fold2/fold3/file.txt";
    public const string EncryptedPathD = "02387ce34e2054bcb9a0428b820102876eef8325a8397bf7568e91afc40739406ffad12f02453d291b9cb8947155462d6c1edc2367507b0de55b46fa7231f3ba6ad7ce79f4822f02ad7257e8ef4f938ac6b6794b50852873d1b3d32e018dfb17a674dc806ac6e8ddd4262f02aa2128dc8614940f7cf6628513b581f7c18724af3c01018f7c861520c2fdfd78f7b1b25ce0";

    // E: storj/common macaroon/macaroon_test.go FuzzParseMacaroon seeds.
    public static readonly byte[] MacaroonNoCaveats =
    [
        0x2, 0x2, 0x20, 0xfb, 0x22, 0xe5, 0x50, 0x30, 0x5, 0xca, 0x60, 0x5, 0xc5, 0x4a, 0x5d, 0x5, 0x1c, 0x4c, 0xa0, 0x95, 0x58, 0x45,
        0xfe, 0x77, 0x44, 0xd0, 0x11, 0xdd, 0x69, 0x9, 0xa1, 0x46, 0x5, 0x23, 0x6e, 0x0, 0x0, 0x6, 0x20, 0x5b, 0x50, 0x2a, 0xcd, 0xc3,
        0x64, 0x69, 0xca, 0xeb, 0xbe, 0xf6, 0xa3, 0x6, 0x74, 0x8f, 0x9c, 0xc3, 0xd, 0x47, 0xfd, 0xd9, 0xd1, 0xd9, 0xb9, 0xd, 0x8d,
        0x18, 0xe9, 0xf9, 0x5a, 0x6f, 0x7,
    ];

    public static readonly byte[] MacaroonCav1EmptySecret =
    [
        0x2, 0x2, 0x20, 0x10, 0xaf, 0x1a, 0xc3, 0xd9, 0xc9, 0x73, 0x46, 0x3b, 0x14, 0xab, 0x42, 0x1, 0x45, 0x67, 0x7, 0xb4, 0x8f, 0xdb,
        0x67, 0x4b, 0x56, 0xb9, 0xdc, 0x41, 0x3c, 0x11, 0x6, 0x3c, 0xfc, 0xa8, 0xb9, 0x0, 0x2, 0x4, 0x63, 0x61, 0x76, 0x31, 0x0, 0x0,
        0x6, 0x20, 0x9f, 0x83, 0x86, 0xe1, 0x24, 0xeb, 0xae, 0xcf, 0xb8, 0x64, 0xf1, 0x6e, 0x76, 0x40, 0x94, 0xd0, 0xee, 0x9e, 0xad,
        0x83, 0x7e, 0x9d, 0x32, 0xb8, 0xc1, 0xf8, 0x4f, 0xbd, 0xa4, 0x3f, 0x97, 0x7a,
    ];

    public static readonly byte[] MacaroonCav1UnknownSecret =
    [
        0x2, 0x2, 0x20, 0xf7, 0x22, 0x5b, 0xb8, 0x92, 0x8c, 0x62, 0x41, 0x44, 0x2c, 0x15, 0x64, 0xb7, 0xa5, 0xde, 0x1a, 0x9d, 0x78,
        0xf6, 0x4b, 0x23, 0xe9, 0xd9, 0x6a, 0xdf, 0x8e, 0x31, 0x67, 0x9c, 0xd0, 0x41, 0xd8, 0x0, 0x2, 0x4, 0x63, 0x61, 0x76, 0x31, 0x0,
        0x0, 0x6, 0x20, 0xca, 0xa3, 0x1a, 0xca, 0xc6, 0xcc, 0x46, 0x5e, 0x1d, 0x2a, 0xbe, 0x15, 0xf, 0x1a, 0x5a, 0x7a, 0x44, 0xaa, 0xa8,
        0x8b, 0x29, 0xed, 0x74, 0x42, 0x67, 0x79, 0x62, 0xef, 0x82, 0x82, 0x81, 0xad,
    ];

    public static byte[] Hex(string hex) => Convert.FromHexString(hex);

    public static byte[] Base64Url(string text) => Convert.FromBase64String(text.Replace('-', '+').Replace('_', '/'));
}
