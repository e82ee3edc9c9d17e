// The Zig project's minisign public key, as published on ziglang.org/download.
export const ZIG_SIGNING_KEY = 'RWSGOq2NVecA2UPNdBUZykf1CCb147pkmdtYxgb3Ti+JO/wCYvhbAb/U';
