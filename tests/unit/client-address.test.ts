import { clientAddress, normalizeAddress } from "@/lib/auth/client-address";

describe("clientAddress", () => {
  it("takes the first hop of X-Forwarded-For, else X-Real-IP, from NextAuth's plain header object or Headers", () => {
    expect(clientAddress({ "x-forwarded-for": "203.0.113.7, 10.0.0.1", "x-real-ip": "10.0.0.9" })).toBe("203.0.113.7");
    expect(clientAddress({ "x-real-ip": "198.51.100.4" })).toBe("198.51.100.4");
    expect(clientAddress(new Headers({ "x-forwarded-for": "::ffff:127.0.0.1" }))).toBe("127.0.0.1");
    expect(clientAddress({})).toBeNull();
    expect(clientAddress(undefined)).toBeNull();
  });

  it.each([
    ["203.0.113.7:51234", "203.0.113.7"],
    ["010.001.002.003", "10.1.2.3"],
    ["999.1.1.1", null],
    ["2001:db8:aaaa:bbbb:1:2:3:4", "2001:db8:aaaa:bbbb::/64"],
    ["2001:DB8:AAAA:BBBB::99", "2001:db8:aaaa:bbbb::/64"],
    ["[2001:db8::1]:443", "2001:db8:0:0::/64"],
    ["fe80::1%eth0", "fe80:0:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
    ["not an address", null],
    ["1:2:3", null],
    ["1::2::3", null],
  ])("%j → %j (one key per host; an IPv6 host counts as its /64)", (raw, expected) => {
    expect(normalizeAddress(raw)).toBe(expected);
  });
});
