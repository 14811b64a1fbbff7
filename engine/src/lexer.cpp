// CPython 3.11-compatible tokenizer. Error messages and their offsets follow CPython's tokenizer
// (Parser/tokenizer.c) so that a student sees the same SyntaxError as with python3.
#include "lexer.h"

#include "unicode_names.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace ls {

using namespace lex;

namespace {

constexpr int kMaxBracketDepth = 200;  // CPython's MAXLEVEL
constexpr int kMaxIndentDepth = 100;   // CPython's MAXINDENT
constexpr int kTabSize = 8;

// Identifier characters above ASCII: Unicode XID_Start (kind 2) and XID_Continue-only (kind 1)
// ranges, generated from the Unicode 14.0 database that CPython 3.11 uses.
struct IdentRange { char32_t lo, hi; unsigned char kind; };
constexpr IdentRange kIdentRanges[] = {
    {0xAA, 0xAA, 2}, {0xB5, 0xB5, 2}, {0xB7, 0xB7, 1}, {0xBA, 0xBA, 2}, {0xC0, 0xD6, 2},
    {0xD8, 0xF6, 2}, {0xF8, 0x2C1, 2}, {0x2C6, 0x2D1, 2}, {0x2E0, 0x2E4, 2}, {0x2EC, 0x2EC, 2},
    {0x2EE, 0x2EE, 2}, {0x300, 0x36F, 1}, {0x370, 0x374, 2}, {0x376, 0x377, 2}, {0x37B, 0x37D, 2},
    {0x37F, 0x37F, 2}, {0x386, 0x386, 2}, {0x387, 0x387, 1}, {0x388, 0x38A, 2}, {0x38C, 0x38C, 2},
    {0x38E, 0x3A1, 2}, {0x3A3, 0x3F5, 2}, {0x3F7, 0x481, 2}, {0x483, 0x487, 1}, {0x48A, 0x52F, 2},
    {0x531, 0x556, 2}, {0x559, 0x559, 2}, {0x560, 0x588, 2}, {0x591, 0x5BD, 1}, {0x5BF, 0x5BF, 1},
    {0x5C1, 0x5C2, 1}, {0x5C4, 0x5C5, 1}, {0x5C7, 0x5C7, 1}, {0x5D0, 0x5EA, 2}, {0x5EF, 0x5F2, 2},
    {0x610, 0x61A, 1}, {0x620, 0x64A, 2}, {0x64B, 0x669, 1}, {0x66E, 0x66F, 2}, {0x670, 0x670, 1},
    {0x671, 0x6D3, 2}, {0x6D5, 0x6D5, 2}, {0x6D6, 0x6DC, 1}, {0x6DF, 0x6E4, 1}, {0x6E5, 0x6E6, 2},
    {0x6E7, 0x6E8, 1}, {0x6EA, 0x6ED, 1}, {0x6EE, 0x6EF, 2}, {0x6F0, 0x6F9, 1}, {0x6FA, 0x6FC, 2},
    {0x6FF, 0x6FF, 2}, {0x710, 0x710, 2}, {0x711, 0x711, 1}, {0x712, 0x72F, 2}, {0x730, 0x74A, 1},
    {0x74D, 0x7A5, 2}, {0x7A6, 0x7B0, 1}, {0x7B1, 0x7B1, 2}, {0x7C0, 0x7C9, 1}, {0x7CA, 0x7EA, 2},
    {0x7EB, 0x7F3, 1}, {0x7F4, 0x7F5, 2}, {0x7FA, 0x7FA, 2}, {0x7FD, 0x7FD, 1}, {0x800, 0x815, 2},
    {0x816, 0x819, 1}, {0x81A, 0x81A, 2}, {0x81B, 0x823, 1}, {0x824, 0x824, 2}, {0x825, 0x827, 1},
    {0x828, 0x828, 2}, {0x829, 0x82D, 1}, {0x840, 0x858, 2}, {0x859, 0x85B, 1}, {0x860, 0x86A, 2},
    {0x870, 0x887, 2}, {0x889, 0x88E, 2}, {0x898, 0x89F, 1}, {0x8A0, 0x8C9, 2}, {0x8CA, 0x8E1, 1},
    {0x8E3, 0x903, 1}, {0x904, 0x939, 2}, {0x93A, 0x93C, 1}, {0x93D, 0x93D, 2}, {0x93E, 0x94F, 1},
    {0x950, 0x950, 2}, {0x951, 0x957, 1}, {0x958, 0x961, 2}, {0x962, 0x963, 1}, {0x966, 0x96F, 1},
    {0x971, 0x980, 2}, {0x981, 0x983, 1}, {0x985, 0x98C, 2}, {0x98F, 0x990, 2}, {0x993, 0x9A8, 2},
    {0x9AA, 0x9B0, 2}, {0x9B2, 0x9B2, 2}, {0x9B6, 0x9B9, 2}, {0x9BC, 0x9BC, 1}, {0x9BD, 0x9BD, 2},
    {0x9BE, 0x9C4, 1}, {0x9C7, 0x9C8, 1}, {0x9CB, 0x9CD, 1}, {0x9CE, 0x9CE, 2}, {0x9D7, 0x9D7, 1},
    {0x9DC, 0x9DD, 2}, {0x9DF, 0x9E1, 2}, {0x9E2, 0x9E3, 1}, {0x9E6, 0x9EF, 1}, {0x9F0, 0x9F1, 2},
    {0x9FC, 0x9FC, 2}, {0x9FE, 0x9FE, 1}, {0xA01, 0xA03, 1}, {0xA05, 0xA0A, 2}, {0xA0F, 0xA10, 2},
    {0xA13, 0xA28, 2}, {0xA2A, 0xA30, 2}, {0xA32, 0xA33, 2}, {0xA35, 0xA36, 2}, {0xA38, 0xA39, 2},
    {0xA3C, 0xA3C, 1}, {0xA3E, 0xA42, 1}, {0xA47, 0xA48, 1}, {0xA4B, 0xA4D, 1}, {0xA51, 0xA51, 1},
    {0xA59, 0xA5C, 2}, {0xA5E, 0xA5E, 2}, {0xA66, 0xA71, 1}, {0xA72, 0xA74, 2}, {0xA75, 0xA75, 1},
    {0xA81, 0xA83, 1}, {0xA85, 0xA8D, 2}, {0xA8F, 0xA91, 2}, {0xA93, 0xAA8, 2}, {0xAAA, 0xAB0, 2},
    {0xAB2, 0xAB3, 2}, {0xAB5, 0xAB9, 2}, {0xABC, 0xABC, 1}, {0xABD, 0xABD, 2}, {0xABE, 0xAC5, 1},
    {0xAC7, 0xAC9, 1}, {0xACB, 0xACD, 1}, {0xAD0, 0xAD0, 2}, {0xAE0, 0xAE1, 2}, {0xAE2, 0xAE3, 1},
    {0xAE6, 0xAEF, 1}, {0xAF9, 0xAF9, 2}, {0xAFA, 0xAFF, 1}, {0xB01, 0xB03, 1}, {0xB05, 0xB0C, 2},
    {0xB0F, 0xB10, 2}, {0xB13, 0xB28, 2}, {0xB2A, 0xB30, 2}, {0xB32, 0xB33, 2}, {0xB35, 0xB39, 2},
    {0xB3C, 0xB3C, 1}, {0xB3D, 0xB3D, 2}, {0xB3E, 0xB44, 1}, {0xB47, 0xB48, 1}, {0xB4B, 0xB4D, 1},
    {0xB55, 0xB57, 1}, {0xB5C, 0xB5D, 2}, {0xB5F, 0xB61, 2}, {0xB62, 0xB63, 1}, {0xB66, 0xB6F, 1},
    {0xB71, 0xB71, 2}, {0xB82, 0xB82, 1}, {0xB83, 0xB83, 2}, {0xB85, 0xB8A, 2}, {0xB8E, 0xB90, 2},
    {0xB92, 0xB95, 2}, {0xB99, 0xB9A, 2}, {0xB9C, 0xB9C, 2}, {0xB9E, 0xB9F, 2}, {0xBA3, 0xBA4, 2},
    {0xBA8, 0xBAA, 2}, {0xBAE, 0xBB9, 2}, {0xBBE, 0xBC2, 1}, {0xBC6, 0xBC8, 1}, {0xBCA, 0xBCD, 1},
    {0xBD0, 0xBD0, 2}, {0xBD7, 0xBD7, 1}, {0xBE6, 0xBEF, 1}, {0xC00, 0xC04, 1}, {0xC05, 0xC0C, 2},
    {0xC0E, 0xC10, 2}, {0xC12, 0xC28, 2}, {0xC2A, 0xC39, 2}, {0xC3C, 0xC3C, 1}, {0xC3D, 0xC3D, 2},
    {0xC3E, 0xC44, 1}, {0xC46, 0xC48, 1}, {0xC4A, 0xC4D, 1}, {0xC55, 0xC56, 1}, {0xC58, 0xC5A, 2},
    {0xC5D, 0xC5D, 2}, {0xC60, 0xC61, 2}, {0xC62, 0xC63, 1}, {0xC66, 0xC6F, 1}, {0xC80, 0xC80, 2},
    {0xC81, 0xC83, 1}, {0xC85, 0xC8C, 2}, {0xC8E, 0xC90, 2}, {0xC92, 0xCA8, 2}, {0xCAA, 0xCB3, 2},
    {0xCB5, 0xCB9, 2}, {0xCBC, 0xCBC, 1}, {0xCBD, 0xCBD, 2}, {0xCBE, 0xCC4, 1}, {0xCC6, 0xCC8, 1},
    {0xCCA, 0xCCD, 1}, {0xCD5, 0xCD6, 1}, {0xCDD, 0xCDE, 2}, {0xCE0, 0xCE1, 2}, {0xCE2, 0xCE3, 1},
    {0xCE6, 0xCEF, 1}, {0xCF1, 0xCF2, 2}, {0xD00, 0xD03, 1}, {0xD04, 0xD0C, 2}, {0xD0E, 0xD10, 2},
    {0xD12, 0xD3A, 2}, {0xD3B, 0xD3C, 1}, {0xD3D, 0xD3D, 2}, {0xD3E, 0xD44, 1}, {0xD46, 0xD48, 1},
    {0xD4A, 0xD4D, 1}, {0xD4E, 0xD4E, 2}, {0xD54, 0xD56, 2}, {0xD57, 0xD57, 1}, {0xD5F, 0xD61, 2},
    {0xD62, 0xD63, 1}, {0xD66, 0xD6F, 1}, {0xD7A, 0xD7F, 2}, {0xD81, 0xD83, 1}, {0xD85, 0xD96, 2},
    {0xD9A, 0xDB1, 2}, {0xDB3, 0xDBB, 2}, {0xDBD, 0xDBD, 2}, {0xDC0, 0xDC6, 2}, {0xDCA, 0xDCA, 1},
    {0xDCF, 0xDD4, 1}, {0xDD6, 0xDD6, 1}, {0xDD8, 0xDDF, 1}, {0xDE6, 0xDEF, 1}, {0xDF2, 0xDF3, 1},
    {0xE01, 0xE30, 2}, {0xE31, 0xE31, 1}, {0xE32, 0xE32, 2}, {0xE33, 0xE3A, 1}, {0xE40, 0xE46, 2},
    {0xE47, 0xE4E, 1}, {0xE50, 0xE59, 1}, {0xE81, 0xE82, 2}, {0xE84, 0xE84, 2}, {0xE86, 0xE8A, 2},
    {0xE8C, 0xEA3, 2}, {0xEA5, 0xEA5, 2}, {0xEA7, 0xEB0, 2}, {0xEB1, 0xEB1, 1}, {0xEB2, 0xEB2, 2},
    {0xEB3, 0xEBC, 1}, {0xEBD, 0xEBD, 2}, {0xEC0, 0xEC4, 2}, {0xEC6, 0xEC6, 2}, {0xEC8, 0xECD, 1},
    {0xED0, 0xED9, 1}, {0xEDC, 0xEDF, 2}, {0xF00, 0xF00, 2}, {0xF18, 0xF19, 1}, {0xF20, 0xF29, 1},
    {0xF35, 0xF35, 1}, {0xF37, 0xF37, 1}, {0xF39, 0xF39, 1}, {0xF3E, 0xF3F, 1}, {0xF40, 0xF47, 2},
    {0xF49, 0xF6C, 2}, {0xF71, 0xF84, 1}, {0xF86, 0xF87, 1}, {0xF88, 0xF8C, 2}, {0xF8D, 0xF97, 1},
    {0xF99, 0xFBC, 1}, {0xFC6, 0xFC6, 1}, {0x1000, 0x102A, 2}, {0x102B, 0x103E, 1},
    {0x103F, 0x103F, 2}, {0x1040, 0x1049, 1}, {0x1050, 0x1055, 2}, {0x1056, 0x1059, 1},
    {0x105A, 0x105D, 2}, {0x105E, 0x1060, 1}, {0x1061, 0x1061, 2}, {0x1062, 0x1064, 1},
    {0x1065, 0x1066, 2}, {0x1067, 0x106D, 1}, {0x106E, 0x1070, 2}, {0x1071, 0x1074, 1},
    {0x1075, 0x1081, 2}, {0x1082, 0x108D, 1}, {0x108E, 0x108E, 2}, {0x108F, 0x109D, 1},
    {0x10A0, 0x10C5, 2}, {0x10C7, 0x10C7, 2}, {0x10CD, 0x10CD, 2}, {0x10D0, 0x10FA, 2},
    {0x10FC, 0x1248, 2}, {0x124A, 0x124D, 2}, {0x1250, 0x1256, 2}, {0x1258, 0x1258, 2},
    {0x125A, 0x125D, 2}, {0x1260, 0x1288, 2}, {0x128A, 0x128D, 2}, {0x1290, 0x12B0, 2},
    {0x12B2, 0x12B5, 2}, {0x12B8, 0x12BE, 2}, {0x12C0, 0x12C0, 2}, {0x12C2, 0x12C5, 2},
    {0x12C8, 0x12D6, 2}, {0x12D8, 0x1310, 2}, {0x1312, 0x1315, 2}, {0x1318, 0x135A, 2},
    {0x135D, 0x135F, 1}, {0x1369, 0x1371, 1}, {0x1380, 0x138F, 2}, {0x13A0, 0x13F5, 2},
    {0x13F8, 0x13FD, 2}, {0x1401, 0x166C, 2}, {0x166F, 0x167F, 2}, {0x1681, 0x169A, 2},
    {0x16A0, 0x16EA, 2}, {0x16EE, 0x16F8, 2}, {0x1700, 0x1711, 2}, {0x1712, 0x1715, 1},
    {0x171F, 0x1731, 2}, {0x1732, 0x1734, 1}, {0x1740, 0x1751, 2}, {0x1752, 0x1753, 1},
    {0x1760, 0x176C, 2}, {0x176E, 0x1770, 2}, {0x1772, 0x1773, 1}, {0x1780, 0x17B3, 2},
    {0x17B4, 0x17D3, 1}, {0x17D7, 0x17D7, 2}, {0x17DC, 0x17DC, 2}, {0x17DD, 0x17DD, 1},
    {0x17E0, 0x17E9, 1}, {0x180B, 0x180D, 1}, {0x180F, 0x1819, 1}, {0x1820, 0x1878, 2},
    {0x1880, 0x18A8, 2}, {0x18A9, 0x18A9, 1}, {0x18AA, 0x18AA, 2}, {0x18B0, 0x18F5, 2},
    {0x1900, 0x191E, 2}, {0x1920, 0x192B, 1}, {0x1930, 0x193B, 1}, {0x1946, 0x194F, 1},
    {0x1950, 0x196D, 2}, {0x1970, 0x1974, 2}, {0x1980, 0x19AB, 2}, {0x19B0, 0x19C9, 2},
    {0x19D0, 0x19DA, 1}, {0x1A00, 0x1A16, 2}, {0x1A17, 0x1A1B, 1}, {0x1A20, 0x1A54, 2},
    {0x1A55, 0x1A5E, 1}, {0x1A60, 0x1A7C, 1}, {0x1A7F, 0x1A89, 1}, {0x1A90, 0x1A99, 1},
    {0x1AA7, 0x1AA7, 2}, {0x1AB0, 0x1ABD, 1}, {0x1ABF, 0x1ACE, 1}, {0x1B00, 0x1B04, 1},
    {0x1B05, 0x1B33, 2}, {0x1B34, 0x1B44, 1}, {0x1B45, 0x1B4C, 2}, {0x1B50, 0x1B59, 1},
    {0x1B6B, 0x1B73, 1}, {0x1B80, 0x1B82, 1}, {0x1B83, 0x1BA0, 2}, {0x1BA1, 0x1BAD, 1},
    {0x1BAE, 0x1BAF, 2}, {0x1BB0, 0x1BB9, 1}, {0x1BBA, 0x1BE5, 2}, {0x1BE6, 0x1BF3, 1},
    {0x1C00, 0x1C23, 2}, {0x1C24, 0x1C37, 1}, {0x1C40, 0x1C49, 1}, {0x1C4D, 0x1C4F, 2},
    {0x1C50, 0x1C59, 1}, {0x1C5A, 0x1C7D, 2}, {0x1C80, 0x1C88, 2}, {0x1C90, 0x1CBA, 2},
    {0x1CBD, 0x1CBF, 2}, {0x1CD0, 0x1CD2, 1}, {0x1CD4, 0x1CE8, 1}, {0x1CE9, 0x1CEC, 2},
    {0x1CED, 0x1CED, 1}, {0x1CEE, 0x1CF3, 2}, {0x1CF4, 0x1CF4, 1}, {0x1CF5, 0x1CF6, 2},
    {0x1CF7, 0x1CF9, 1}, {0x1CFA, 0x1CFA, 2}, {0x1D00, 0x1DBF, 2}, {0x1DC0, 0x1DFF, 1},
    {0x1E00, 0x1F15, 2}, {0x1F18, 0x1F1D, 2}, {0x1F20, 0x1F45, 2}, {0x1F48, 0x1F4D, 2},
    {0x1F50, 0x1F57, 2}, {0x1F59, 0x1F59, 2}, {0x1F5B, 0x1F5B, 2}, {0x1F5D, 0x1F5D, 2},
    {0x1F5F, 0x1F7D, 2}, {0x1F80, 0x1FB4, 2}, {0x1FB6, 0x1FBC, 2}, {0x1FBE, 0x1FBE, 2},
    {0x1FC2, 0x1FC4, 2}, {0x1FC6, 0x1FCC, 2}, {0x1FD0, 0x1FD3, 2}, {0x1FD6, 0x1FDB, 2},
    {0x1FE0, 0x1FEC, 2}, {0x1FF2, 0x1FF4, 2}, {0x1FF6, 0x1FFC, 2}, {0x203F, 0x2040, 1},
    {0x2054, 0x2054, 1}, {0x2071, 0x2071, 2}, {0x207F, 0x207F, 2}, {0x2090, 0x209C, 2},
    {0x20D0, 0x20DC, 1}, {0x20E1, 0x20E1, 1}, {0x20E5, 0x20F0, 1}, {0x2102, 0x2102, 2},
    {0x2107, 0x2107, 2}, {0x210A, 0x2113, 2}, {0x2115, 0x2115, 2}, {0x2118, 0x211D, 2},
    {0x2124, 0x2124, 2}, {0x2126, 0x2126, 2}, {0x2128, 0x2128, 2}, {0x212A, 0x2139, 2},
    {0x213C, 0x213F, 2}, {0x2145, 0x2149, 2}, {0x214E, 0x214E, 2}, {0x2160, 0x2188, 2},
    {0x2C00, 0x2CE4, 2}, {0x2CEB, 0x2CEE, 2}, {0x2CEF, 0x2CF1, 1}, {0x2CF2, 0x2CF3, 2},
    {0x2D00, 0x2D25, 2}, {0x2D27, 0x2D27, 2}, {0x2D2D, 0x2D2D, 2}, {0x2D30, 0x2D67, 2},
    {0x2D6F, 0x2D6F, 2}, {0x2D7F, 0x2D7F, 1}, {0x2D80, 0x2D96, 2}, {0x2DA0, 0x2DA6, 2},
    {0x2DA8, 0x2DAE, 2}, {0x2DB0, 0x2DB6, 2}, {0x2DB8, 0x2DBE, 2}, {0x2DC0, 0x2DC6, 2},
    {0x2DC8, 0x2DCE, 2}, {0x2DD0, 0x2DD6, 2}, {0x2DD8, 0x2DDE, 2}, {0x2DE0, 0x2DFF, 1},
    {0x3005, 0x3007, 2}, {0x3021, 0x3029, 2}, {0x302A, 0x302F, 1}, {0x3031, 0x3035, 2},
    {0x3038, 0x303C, 2}, {0x3041, 0x3096, 2}, {0x3099, 0x309A, 1}, {0x309D, 0x309F, 2},
    {0x30A1, 0x30FA, 2}, {0x30FC, 0x30FF, 2}, {0x3105, 0x312F, 2}, {0x3131, 0x318E, 2},
    {0x31A0, 0x31BF, 2}, {0x31F0, 0x31FF, 2}, {0x3400, 0x4DBF, 2}, {0x4E00, 0xA48C, 2},
    {0xA4D0, 0xA4FD, 2}, {0xA500, 0xA60C, 2}, {0xA610, 0xA61F, 2}, {0xA620, 0xA629, 1},
    {0xA62A, 0xA62B, 2}, {0xA640, 0xA66E, 2}, {0xA66F, 0xA66F, 1}, {0xA674, 0xA67D, 1},
    {0xA67F, 0xA69D, 2}, {0xA69E, 0xA69F, 1}, {0xA6A0, 0xA6EF, 2}, {0xA6F0, 0xA6F1, 1},
    {0xA717, 0xA71F, 2}, {0xA722, 0xA788, 2}, {0xA78B, 0xA7CA, 2}, {0xA7D0, 0xA7D1, 2},
    {0xA7D3, 0xA7D3, 2}, {0xA7D5, 0xA7D9, 2}, {0xA7F2, 0xA801, 2}, {0xA802, 0xA802, 1},
    {0xA803, 0xA805, 2}, {0xA806, 0xA806, 1}, {0xA807, 0xA80A, 2}, {0xA80B, 0xA80B, 1},
    {0xA80C, 0xA822, 2}, {0xA823, 0xA827, 1}, {0xA82C, 0xA82C, 1}, {0xA840, 0xA873, 2},
    {0xA880, 0xA881, 1}, {0xA882, 0xA8B3, 2}, {0xA8B4, 0xA8C5, 1}, {0xA8D0, 0xA8D9, 1},
    {0xA8E0, 0xA8F1, 1}, {0xA8F2, 0xA8F7, 2}, {0xA8FB, 0xA8FB, 2}, {0xA8FD, 0xA8FE, 2},
    {0xA8FF, 0xA909, 1}, {0xA90A, 0xA925, 2}, {0xA926, 0xA92D, 1}, {0xA930, 0xA946, 2},
    {0xA947, 0xA953, 1}, {0xA960, 0xA97C, 2}, {0xA980, 0xA983, 1}, {0xA984, 0xA9B2, 2},
    {0xA9B3, 0xA9C0, 1}, {0xA9CF, 0xA9CF, 2}, {0xA9D0, 0xA9D9, 1}, {0xA9E0, 0xA9E4, 2},
    {0xA9E5, 0xA9E5, 1}, {0xA9E6, 0xA9EF, 2}, {0xA9F0, 0xA9F9, 1}, {0xA9FA, 0xA9FE, 2},
    {0xAA00, 0xAA28, 2}, {0xAA29, 0xAA36, 1}, {0xAA40, 0xAA42, 2}, {0xAA43, 0xAA43, 1},
    {0xAA44, 0xAA4B, 2}, {0xAA4C, 0xAA4D, 1}, {0xAA50, 0xAA59, 1}, {0xAA60, 0xAA76, 2},
    {0xAA7A, 0xAA7A, 2}, {0xAA7B, 0xAA7D, 1}, {0xAA7E, 0xAAAF, 2}, {0xAAB0, 0xAAB0, 1},
    {0xAAB1, 0xAAB1, 2}, {0xAAB2, 0xAAB4, 1}, {0xAAB5, 0xAAB6, 2}, {0xAAB7, 0xAAB8, 1},
    {0xAAB9, 0xAABD, 2}, {0xAABE, 0xAABF, 1}, {0xAAC0, 0xAAC0, 2}, {0xAAC1, 0xAAC1, 1},
    {0xAAC2, 0xAAC2, 2}, {0xAADB, 0xAADD, 2}, {0xAAE0, 0xAAEA, 2}, {0xAAEB, 0xAAEF, 1},
    {0xAAF2, 0xAAF4, 2}, {0xAAF5, 0xAAF6, 1}, {0xAB01, 0xAB06, 2}, {0xAB09, 0xAB0E, 2},
    {0xAB11, 0xAB16, 2}, {0xAB20, 0xAB26, 2}, {0xAB28, 0xAB2E, 2}, {0xAB30, 0xAB5A, 2},
    {0xAB5C, 0xAB69, 2}, {0xAB70, 0xABE2, 2}, {0xABE3, 0xABEA, 1}, {0xABEC, 0xABED, 1},
    {0xABF0, 0xABF9, 1}, {0xAC00, 0xD7A3, 2}, {0xD7B0, 0xD7C6, 2}, {0xD7CB, 0xD7FB, 2},
    {0xF900, 0xFA6D, 2}, {0xFA70, 0xFAD9, 2}, {0xFB00, 0xFB06, 2}, {0xFB13, 0xFB17, 2},
    {0xFB1D, 0xFB1D, 2}, {0xFB1E, 0xFB1E, 1}, {0xFB1F, 0xFB28, 2}, {0xFB2A, 0xFB36, 2},
    {0xFB38, 0xFB3C, 2}, {0xFB3E, 0xFB3E, 2}, {0xFB40, 0xFB41, 2}, {0xFB43, 0xFB44, 2},
    {0xFB46, 0xFBB1, 2}, {0xFBD3, 0xFC5D, 2}, {0xFC64, 0xFD3D, 2}, {0xFD50, 0xFD8F, 2},
    {0xFD92, 0xFDC7, 2}, {0xFDF0, 0xFDF9, 2}, {0xFE00, 0xFE0F, 1}, {0xFE20, 0xFE2F, 1},
    {0xFE33, 0xFE34, 1}, {0xFE4D, 0xFE4F, 1}, {0xFE71, 0xFE71, 2}, {0xFE73, 0xFE73, 2},
    {0xFE77, 0xFE77, 2}, {0xFE79, 0xFE79, 2}, {0xFE7B, 0xFE7B, 2}, {0xFE7D, 0xFE7D, 2},
    {0xFE7F, 0xFEFC, 2}, {0xFF10, 0xFF19, 1}, {0xFF21, 0xFF3A, 2}, {0xFF3F, 0xFF3F, 1},
    {0xFF41, 0xFF5A, 2}, {0xFF66, 0xFF9D, 2}, {0xFF9E, 0xFF9F, 1}, {0xFFA0, 0xFFBE, 2},
    {0xFFC2, 0xFFC7, 2}, {0xFFCA, 0xFFCF, 2}, {0xFFD2, 0xFFD7, 2}, {0xFFDA, 0xFFDC, 2},
    {0x10000, 0x1000B, 2}, {0x1000D, 0x10026, 2}, {0x10028, 0x1003A, 2}, {0x1003C, 0x1003D, 2},
    {0x1003F, 0x1004D, 2}, {0x10050, 0x1005D, 2}, {0x10080, 0x100FA, 2}, {0x10140, 0x10174, 2},
    {0x101FD, 0x101FD, 1}, {0x10280, 0x1029C, 2}, {0x102A0, 0x102D0, 2}, {0x102E0, 0x102E0, 1},
    {0x10300, 0x1031F, 2}, {0x1032D, 0x1034A, 2}, {0x10350, 0x10375, 2}, {0x10376, 0x1037A, 1},
    {0x10380, 0x1039D, 2}, {0x103A0, 0x103C3, 2}, {0x103C8, 0x103CF, 2}, {0x103D1, 0x103D5, 2},
    {0x10400, 0x1049D, 2}, {0x104A0, 0x104A9, 1}, {0x104B0, 0x104D3, 2}, {0x104D8, 0x104FB, 2},
    {0x10500, 0x10527, 2}, {0x10530, 0x10563, 2}, {0x10570, 0x1057A, 2}, {0x1057C, 0x1058A, 2},
    {0x1058C, 0x10592, 2}, {0x10594, 0x10595, 2}, {0x10597, 0x105A1, 2}, {0x105A3, 0x105B1, 2},
    {0x105B3, 0x105B9, 2}, {0x105BB, 0x105BC, 2}, {0x10600, 0x10736, 2}, {0x10740, 0x10755, 2},
    {0x10760, 0x10767, 2}, {0x10780, 0x10785, 2}, {0x10787, 0x107B0, 2}, {0x107B2, 0x107BA, 2},
    {0x10800, 0x10805, 2}, {0x10808, 0x10808, 2}, {0x1080A, 0x10835, 2}, {0x10837, 0x10838, 2},
    {0x1083C, 0x1083C, 2}, {0x1083F, 0x10855, 2}, {0x10860, 0x10876, 2}, {0x10880, 0x1089E, 2},
    {0x108E0, 0x108F2, 2}, {0x108F4, 0x108F5, 2}, {0x10900, 0x10915, 2}, {0x10920, 0x10939, 2},
    {0x10980, 0x109B7, 2}, {0x109BE, 0x109BF, 2}, {0x10A00, 0x10A00, 2}, {0x10A01, 0x10A03, 1},
    {0x10A05, 0x10A06, 1}, {0x10A0C, 0x10A0F, 1}, {0x10A10, 0x10A13, 2}, {0x10A15, 0x10A17, 2},
    {0x10A19, 0x10A35, 2}, {0x10A38, 0x10A3A, 1}, {0x10A3F, 0x10A3F, 1}, {0x10A60, 0x10A7C, 2},
    {0x10A80, 0x10A9C, 2}, {0x10AC0, 0x10AC7, 2}, {0x10AC9, 0x10AE4, 2}, {0x10AE5, 0x10AE6, 1},
    {0x10B00, 0x10B35, 2}, {0x10B40, 0x10B55, 2}, {0x10B60, 0x10B72, 2}, {0x10B80, 0x10B91, 2},
    {0x10C00, 0x10C48, 2}, {0x10C80, 0x10CB2, 2}, {0x10CC0, 0x10CF2, 2}, {0x10D00, 0x10D23, 2},
    {0x10D24, 0x10D27, 1}, {0x10D30, 0x10D39, 1}, {0x10E80, 0x10EA9, 2}, {0x10EAB, 0x10EAC, 1},
    {0x10EB0, 0x10EB1, 2}, {0x10F00, 0x10F1C, 2}, {0x10F27, 0x10F27, 2}, {0x10F30, 0x10F45, 2},
    {0x10F46, 0x10F50, 1}, {0x10F70, 0x10F81, 2}, {0x10F82, 0x10F85, 1}, {0x10FB0, 0x10FC4, 2},
    {0x10FE0, 0x10FF6, 2}, {0x11000, 0x11002, 1}, {0x11003, 0x11037, 2}, {0x11038, 0x11046, 1},
    {0x11066, 0x11070, 1}, {0x11071, 0x11072, 2}, {0x11073, 0x11074, 1}, {0x11075, 0x11075, 2},
    {0x1107F, 0x11082, 1}, {0x11083, 0x110AF, 2}, {0x110B0, 0x110BA, 1}, {0x110C2, 0x110C2, 1},
    {0x110D0, 0x110E8, 2}, {0x110F0, 0x110F9, 1}, {0x11100, 0x11102, 1}, {0x11103, 0x11126, 2},
    {0x11127, 0x11134, 1}, {0x11136, 0x1113F, 1}, {0x11144, 0x11144, 2}, {0x11145, 0x11146, 1},
    {0x11147, 0x11147, 2}, {0x11150, 0x11172, 2}, {0x11173, 0x11173, 1}, {0x11176, 0x11176, 2},
    {0x11180, 0x11182, 1}, {0x11183, 0x111B2, 2}, {0x111B3, 0x111C0, 1}, {0x111C1, 0x111C4, 2},
    {0x111C9, 0x111CC, 1}, {0x111CE, 0x111D9, 1}, {0x111DA, 0x111DA, 2}, {0x111DC, 0x111DC, 2},
    {0x11200, 0x11211, 2}, {0x11213, 0x1122B, 2}, {0x1122C, 0x11237, 1}, {0x1123E, 0x1123E, 1},
    {0x11280, 0x11286, 2}, {0x11288, 0x11288, 2}, {0x1128A, 0x1128D, 2}, {0x1128F, 0x1129D, 2},
    {0x1129F, 0x112A8, 2}, {0x112B0, 0x112DE, 2}, {0x112DF, 0x112EA, 1}, {0x112F0, 0x112F9, 1},
    {0x11300, 0x11303, 1}, {0x11305, 0x1130C, 2}, {0x1130F, 0x11310, 2}, {0x11313, 0x11328, 2},
    {0x1132A, 0x11330, 2}, {0x11332, 0x11333, 2}, {0x11335, 0x11339, 2}, {0x1133B, 0x1133C, 1},
    {0x1133D, 0x1133D, 2}, {0x1133E, 0x11344, 1}, {0x11347, 0x11348, 1}, {0x1134B, 0x1134D, 1},
    {0x11350, 0x11350, 2}, {0x11357, 0x11357, 1}, {0x1135D, 0x11361, 2}, {0x11362, 0x11363, 1},
    {0x11366, 0x1136C, 1}, {0x11370, 0x11374, 1}, {0x11400, 0x11434, 2}, {0x11435, 0x11446, 1},
    {0x11447, 0x1144A, 2}, {0x11450, 0x11459, 1}, {0x1145E, 0x1145E, 1}, {0x1145F, 0x11461, 2},
    {0x11480, 0x114AF, 2}, {0x114B0, 0x114C3, 1}, {0x114C4, 0x114C5, 2}, {0x114C7, 0x114C7, 2},
    {0x114D0, 0x114D9, 1}, {0x11580, 0x115AE, 2}, {0x115AF, 0x115B5, 1}, {0x115B8, 0x115C0, 1},
    {0x115D8, 0x115DB, 2}, {0x115DC, 0x115DD, 1}, {0x11600, 0x1162F, 2}, {0x11630, 0x11640, 1},
    {0x11644, 0x11644, 2}, {0x11650, 0x11659, 1}, {0x11680, 0x116AA, 2}, {0x116AB, 0x116B7, 1},
    {0x116B8, 0x116B8, 2}, {0x116C0, 0x116C9, 1}, {0x11700, 0x1171A, 2}, {0x1171D, 0x1172B, 1},
    {0x11730, 0x11739, 1}, {0x11740, 0x11746, 2}, {0x11800, 0x1182B, 2}, {0x1182C, 0x1183A, 1},
    {0x118A0, 0x118DF, 2}, {0x118E0, 0x118E9, 1}, {0x118FF, 0x11906, 2}, {0x11909, 0x11909, 2},
    {0x1190C, 0x11913, 2}, {0x11915, 0x11916, 2}, {0x11918, 0x1192F, 2}, {0x11930, 0x11935, 1},
    {0x11937, 0x11938, 1}, {0x1193B, 0x1193E, 1}, {0x1193F, 0x1193F, 2}, {0x11940, 0x11940, 1},
    {0x11941, 0x11941, 2}, {0x11942, 0x11943, 1}, {0x11950, 0x11959, 1}, {0x119A0, 0x119A7, 2},
    {0x119AA, 0x119D0, 2}, {0x119D1, 0x119D7, 1}, {0x119DA, 0x119E0, 1}, {0x119E1, 0x119E1, 2},
    {0x119E3, 0x119E3, 2}, {0x119E4, 0x119E4, 1}, {0x11A00, 0x11A00, 2}, {0x11A01, 0x11A0A, 1},
    {0x11A0B, 0x11A32, 2}, {0x11A33, 0x11A39, 1}, {0x11A3A, 0x11A3A, 2}, {0x11A3B, 0x11A3E, 1},
    {0x11A47, 0x11A47, 1}, {0x11A50, 0x11A50, 2}, {0x11A51, 0x11A5B, 1}, {0x11A5C, 0x11A89, 2},
    {0x11A8A, 0x11A99, 1}, {0x11A9D, 0x11A9D, 2}, {0x11AB0, 0x11AF8, 2}, {0x11C00, 0x11C08, 2},
    {0x11C0A, 0x11C2E, 2}, {0x11C2F, 0x11C36, 1}, {0x11C38, 0x11C3F, 1}, {0x11C40, 0x11C40, 2},
    {0x11C50, 0x11C59, 1}, {0x11C72, 0x11C8F, 2}, {0x11C92, 0x11CA7, 1}, {0x11CA9, 0x11CB6, 1},
    {0x11D00, 0x11D06, 2}, {0x11D08, 0x11D09, 2}, {0x11D0B, 0x11D30, 2}, {0x11D31, 0x11D36, 1},
    {0x11D3A, 0x11D3A, 1}, {0x11D3C, 0x11D3D, 1}, {0x11D3F, 0x11D45, 1}, {0x11D46, 0x11D46, 2},
    {0x11D47, 0x11D47, 1}, {0x11D50, 0x11D59, 1}, {0x11D60, 0x11D65, 2}, {0x11D67, 0x11D68, 2},
    {0x11D6A, 0x11D89, 2}, {0x11D8A, 0x11D8E, 1}, {0x11D90, 0x11D91, 1}, {0x11D93, 0x11D97, 1},
    {0x11D98, 0x11D98, 2}, {0x11DA0, 0x11DA9, 1}, {0x11EE0, 0x11EF2, 2}, {0x11EF3, 0x11EF6, 1},
    {0x11FB0, 0x11FB0, 2}, {0x12000, 0x12399, 2}, {0x12400, 0x1246E, 2}, {0x12480, 0x12543, 2},
    {0x12F90, 0x12FF0, 2}, {0x13000, 0x1342E, 2}, {0x14400, 0x14646, 2}, {0x16800, 0x16A38, 2},
    {0x16A40, 0x16A5E, 2}, {0x16A60, 0x16A69, 1}, {0x16A70, 0x16ABE, 2}, {0x16AC0, 0x16AC9, 1},
    {0x16AD0, 0x16AED, 2}, {0x16AF0, 0x16AF4, 1}, {0x16B00, 0x16B2F, 2}, {0x16B30, 0x16B36, 1},
    {0x16B40, 0x16B43, 2}, {0x16B50, 0x16B59, 1}, {0x16B63, 0x16B77, 2}, {0x16B7D, 0x16B8F, 2},
    {0x16E40, 0x16E7F, 2}, {0x16F00, 0x16F4A, 2}, {0x16F4F, 0x16F4F, 1}, {0x16F50, 0x16F50, 2},
    {0x16F51, 0x16F87, 1}, {0x16F8F, 0x16F92, 1}, {0x16F93, 0x16F9F, 2}, {0x16FE0, 0x16FE1, 2},
    {0x16FE3, 0x16FE3, 2}, {0x16FE4, 0x16FE4, 1}, {0x16FF0, 0x16FF1, 1}, {0x17000, 0x187F7, 2},
    {0x18800, 0x18CD5, 2}, {0x18D00, 0x18D08, 2}, {0x1AFF0, 0x1AFF3, 2}, {0x1AFF5, 0x1AFFB, 2},
    {0x1AFFD, 0x1AFFE, 2}, {0x1B000, 0x1B122, 2}, {0x1B150, 0x1B152, 2}, {0x1B164, 0x1B167, 2},
    {0x1B170, 0x1B2FB, 2}, {0x1BC00, 0x1BC6A, 2}, {0x1BC70, 0x1BC7C, 2}, {0x1BC80, 0x1BC88, 2},
    {0x1BC90, 0x1BC99, 2}, {0x1BC9D, 0x1BC9E, 1}, {0x1CF00, 0x1CF2D, 1}, {0x1CF30, 0x1CF46, 1},
    {0x1D165, 0x1D169, 1}, {0x1D16D, 0x1D172, 1}, {0x1D17B, 0x1D182, 1}, {0x1D185, 0x1D18B, 1},
    {0x1D1AA, 0x1D1AD, 1}, {0x1D242, 0x1D244, 1}, {0x1D400, 0x1D454, 2}, {0x1D456, 0x1D49C, 2},
    {0x1D49E, 0x1D49F, 2}, {0x1D4A2, 0x1D4A2, 2}, {0x1D4A5, 0x1D4A6, 2}, {0x1D4A9, 0x1D4AC, 2},
    {0x1D4AE, 0x1D4B9, 2}, {0x1D4BB, 0x1D4BB, 2}, {0x1D4BD, 0x1D4C3, 2}, {0x1D4C5, 0x1D505, 2},
    {0x1D507, 0x1D50A, 2}, {0x1D50D, 0x1D514, 2}, {0x1D516, 0x1D51C, 2}, {0x1D51E, 0x1D539, 2},
    {0x1D53B, 0x1D53E, 2}, {0x1D540, 0x1D544, 2}, {0x1D546, 0x1D546, 2}, {0x1D54A, 0x1D550, 2},
    {0x1D552, 0x1D6A5, 2}, {0x1D6A8, 0x1D6C0, 2}, {0x1D6C2, 0x1D6DA, 2}, {0x1D6DC, 0x1D6FA, 2},
    {0x1D6FC, 0x1D714, 2}, {0x1D716, 0x1D734, 2}, {0x1D736, 0x1D74E, 2}, {0x1D750, 0x1D76E, 2},
    {0x1D770, 0x1D788, 2}, {0x1D78A, 0x1D7A8, 2}, {0x1D7AA, 0x1D7C2, 2}, {0x1D7C4, 0x1D7CB, 2},
    {0x1D7CE, 0x1D7FF, 1}, {0x1DA00, 0x1DA36, 1}, {0x1DA3B, 0x1DA6C, 1}, {0x1DA75, 0x1DA75, 1},
    {0x1DA84, 0x1DA84, 1}, {0x1DA9B, 0x1DA9F, 1}, {0x1DAA1, 0x1DAAF, 1}, {0x1DF00, 0x1DF1E, 2},
    {0x1E000, 0x1E006, 1}, {0x1E008, 0x1E018, 1}, {0x1E01B, 0x1E021, 1}, {0x1E023, 0x1E024, 1},
    {0x1E026, 0x1E02A, 1}, {0x1E100, 0x1E12C, 2}, {0x1E130, 0x1E136, 1}, {0x1E137, 0x1E13D, 2},
    {0x1E140, 0x1E149, 1}, {0x1E14E, 0x1E14E, 2}, {0x1E290, 0x1E2AD, 2}, {0x1E2AE, 0x1E2AE, 1},
    {0x1E2C0, 0x1E2EB, 2}, {0x1E2EC, 0x1E2F9, 1}, {0x1E7E0, 0x1E7E6, 2}, {0x1E7E8, 0x1E7EB, 2},
    {0x1E7ED, 0x1E7EE, 2}, {0x1E7F0, 0x1E7FE, 2}, {0x1E800, 0x1E8C4, 2}, {0x1E8D0, 0x1E8D6, 1},
    {0x1E900, 0x1E943, 2}, {0x1E944, 0x1E94A, 1}, {0x1E94B, 0x1E94B, 2}, {0x1E950, 0x1E959, 1},
    {0x1EE00, 0x1EE03, 2}, {0x1EE05, 0x1EE1F, 2}, {0x1EE21, 0x1EE22, 2}, {0x1EE24, 0x1EE24, 2},
    {0x1EE27, 0x1EE27, 2}, {0x1EE29, 0x1EE32, 2}, {0x1EE34, 0x1EE37, 2}, {0x1EE39, 0x1EE39, 2},
    {0x1EE3B, 0x1EE3B, 2}, {0x1EE42, 0x1EE42, 2}, {0x1EE47, 0x1EE47, 2}, {0x1EE49, 0x1EE49, 2},
    {0x1EE4B, 0x1EE4B, 2}, {0x1EE4D, 0x1EE4F, 2}, {0x1EE51, 0x1EE52, 2}, {0x1EE54, 0x1EE54, 2},
    {0x1EE57, 0x1EE57, 2}, {0x1EE59, 0x1EE59, 2}, {0x1EE5B, 0x1EE5B, 2}, {0x1EE5D, 0x1EE5D, 2},
    {0x1EE5F, 0x1EE5F, 2}, {0x1EE61, 0x1EE62, 2}, {0x1EE64, 0x1EE64, 2}, {0x1EE67, 0x1EE6A, 2},
    {0x1EE6C, 0x1EE72, 2}, {0x1EE74, 0x1EE77, 2}, {0x1EE79, 0x1EE7C, 2}, {0x1EE7E, 0x1EE7E, 2},
    {0x1EE80, 0x1EE89, 2}, {0x1EE8B, 0x1EE9B, 2}, {0x1EEA1, 0x1EEA3, 2}, {0x1EEA5, 0x1EEA9, 2},
    {0x1EEAB, 0x1EEBB, 2}, {0x1FBF0, 0x1FBF9, 1}, {0x20000, 0x2A6DF, 2}, {0x2A700, 0x2B738, 2},
    {0x2B740, 0x2B81D, 2}, {0x2B820, 0x2CEA1, 2}, {0x2CEB0, 0x2EBE0, 2}, {0x2F800, 0x2FA1D, 2},
    {0x30000, 0x3134A, 2}, {0xE0100, 0xE01EF, 1},
};

unsigned char ident_kind(char32_t cp) {
    const IdentRange* begin = std::begin(kIdentRanges);
    const IdentRange* end = std::end(kIdentRanges);
    const IdentRange* it = std::upper_bound(begin, end, cp,
                                            [](char32_t c, const IdentRange& r) { return c < r.lo; });
    if (it == begin) return 0;
    --it;
    return cp <= it->hi ? it->kind : 0;
}

// Python's str.isprintable() is false for separators and control/format characters; CPython's
// tokenizer then says "invalid non-printable character".
bool is_printable(char32_t cp) {
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0xA0)) return false;
    if (cp == 0xAD || cp == 0x1680 || cp == 0x180E) return false;
    if (cp >= 0x2000 && cp <= 0x200F) return false;
    if (cp >= 0x2028 && cp <= 0x202F) return false;
    if (cp >= 0x205F && cp <= 0x206F) return false;
    if (cp == 0x3000 || cp == 0xFEFF) return false;
    if (cp >= 0xFFF9 && cp <= 0xFFFB) return false;
    if (cp >= 0xD800 && cp <= 0xDFFF) return false;
    if (cp >= 0xE000 && cp <= 0xF8FF) return false;
    return true;
}

bool is_ascii_ident_start(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(char c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
// CPython's is_potential_identifier_char: every byte of a non-ASCII character counts.
bool is_potential_ident_char(char c) {
    return is_ascii_ident_start(c) || is_digit(c) || static_cast<unsigned char>(c) >= 0x80;
}

std::string format_code_point(const char* fmt, char32_t cp) {
    char buf[64];
    std::snprintf(buf, sizeof buf, fmt, static_cast<unsigned>(cp));
    return buf;
}

}  // namespace

// ---- code points ------------------------------------------------------------------------------

bool lex::is_identifier_start(char32_t cp) {
    if (cp < 0x80) return is_ascii_ident_start(static_cast<char>(cp));
    return ident_kind(cp) == 2;
}

bool lex::is_identifier_continue(char32_t cp) {
    if (cp < 0x80) return is_ascii_ident_start(static_cast<char>(cp)) || is_digit(static_cast<char>(cp));
    return ident_kind(cp) != 0;
}

int lex::utf8_length_in_code_points(std::string_view s) {
    int n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

char32_t lex::decode_utf8_at(std::string_view s, std::size_t pos, std::size_t* length) {
    auto byte = [&](std::size_t i) { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0u; };
    unsigned char b0 = byte(pos);
    if (b0 < 0x80) { *length = 1; return b0; }
    int extra = b0 >= 0xF0 ? 3 : b0 >= 0xE0 ? 2 : b0 >= 0xC0 ? 1 : 0;
    char32_t cp = b0 & (0x3F >> extra);
    std::size_t n = 1;
    for (int k = 0; k < extra && (byte(pos + n) & 0xC0) == 0x80; ++k, ++n) cp = (cp << 6) | (byte(pos + n) & 0x3F);
    *length = n;
    return cp;
}

void lex::append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::string lex::source_line_text(std::string_view source, int line) {
    std::size_t start = 0;
    for (int l = 1; l < line; ++l) {
        std::size_t nl = source.find('\n', start);
        if (nl == std::string_view::npos) return {};
        start = nl + 1;
    }
    std::size_t end = source.find('\n', start);
    if (end == std::string_view::npos) end = source.size();
    if (end > start && source[end - 1] == '\r') --end;
    return std::string(source.substr(start, end - start));
}

// ---- the tokenizer ---------------------------------------------------------------------------

Lexer::Lexer(std::string_view source, SourceOrigin origin)
    : src_(source), origin_(origin), line_(origin.line), line_first_col_(origin.col) {
    // A UTF-8 byte order mark is not part of the program.
    if (src_.substr(0, 3) == "\xEF\xBB\xBF") { pos_ = 3; line_start_ = 3; col_cache_pos_ = 3; }
    col_cache_col_ = line_first_col_;
    col_cache_pos_ = line_start_;
    if (origin_.inside_brackets) at_line_start_ = false;
}

int Lexer::col_at(std::size_t byte_pos) {
    if (byte_pos < col_cache_pos_ || col_cache_pos_ < line_start_) {
        col_cache_pos_ = line_start_;
        col_cache_col_ = line_first_col_;
    }
    for (; col_cache_pos_ < byte_pos; ++col_cache_pos_)
        if ((static_cast<unsigned char>(src_[col_cache_pos_]) & 0xC0) != 0x80) ++col_cache_col_;
    return col_cache_col_;
}

void Lexer::new_line_starts_at(std::size_t byte_pos) {
    ++line_;
    line_start_ = byte_pos;
    line_first_col_ = 0;
    col_cache_pos_ = byte_pos;
    col_cache_col_ = 0;
}

int Lexer::last_line_number() const {
    int lines = origin_.line - 1;
    for (char c : src_)
        if (c == '\n') ++lines;
    if (!src_.empty() && src_.back() != '\n') ++lines;
    return std::max(lines, origin_.line);
}

void Lexer::error_at(const std::string& msg, int line, int col1, int end_col1, const char* type) {
    SyntaxErrorException e;
    e.from_tokenizer = true;
    e.info.type = type;
    e.info.message = msg;
    e.info.line = line;
    e.info.col = col1;
    e.info.end_col = end_col1;
    e.replaces_parser_errors = e.info.type == "SyntaxError" &&
                               msg != "unexpected character after line continuation character" &&
                               msg != "unexpected EOF while parsing";
    throw e;
}

void Lexer::error_at_cursor(const std::string& msg) {
    int c = col_at(pos_);
    error_at(msg, line_, c, c);
}

Token Lexer::make(TokenKind kind, std::size_t start, int line, int col) {
    Token t;
    t.kind = kind;
    t.text = src_.substr(start, pos_ - start);
    t.line = line;
    t.col = col;
    t.end_line = line_;
    t.end_col = col_at(pos_);
    // An f-string expression is parsed as if inside parentheses.
    t.level = static_cast<int>(brackets_.size()) + (origin_.inside_brackets ? 1 : 0);
    if (kind != TokenKind::Newline) emitted_any_on_line_ = true;
    return t;
}

Token Lexer::next() {
    if (finished_) return final_token_;
    if (pending_dedents_ > 0) {
        --pending_dedents_;
        Token t;
        t.kind = TokenKind::Dedent;
        t.line = t.end_line = pending_line_;
        t.col = t.end_col = -1;  // CPython gives DEDENT no column
        return t;
    }
    if (pending_indent_) {
        pending_indent_ = false;
        Token t;
        t.kind = TokenKind::Indent;
        t.line = t.end_line = pending_line_;
        t.col = -1;
        t.end_col = pending_col_;
        return t;
    }
    for (;;) {
        if (at_line_start_ && brackets_.empty() && !origin_.inside_brackets) {
            bool produced = false;
            Token t = lex_line_start(produced);
            if (produced) return t;
            if (pending_dedents_ > 0 || pending_indent_) return next();
        }
        // Whitespace between tokens.
        while (!at_end() && (peek() == ' ' || peek() == '\t' || peek() == '\f')) ++pos_;
        if (at_end()) {
            if (!brackets_.empty()) {
                Token t;
                t.kind = TokenKind::EofInBrackets;
                t.line = t.end_line = line_;
                t.col = t.end_col = col_at(pos_);
                t.level = static_cast<int>(brackets_.size());
                finished_ = true;
                final_token_ = t;
                return t;
            }
            if (emitted_any_on_line_ && !origin_.inside_brackets) {
                // CPython adds the missing newline at the end of the last line.
                Token t;
                t.kind = TokenKind::Newline;
                t.line = t.end_line = line_;
                t.col = t.end_col = col_at(pos_);
                emitted_any_on_line_ = false;
                at_line_start_ = true;
                new_line_starts_at(pos_);
                return t;
            }
            if (indents_.size() > 1) {
                pending_dedents_ = static_cast<int>(indents_.size()) - 1;
                indents_.resize(1);
                alt_indents_.resize(1);
                pending_line_ = line_;
                return next();
            }
            Token t;
            t.kind = TokenKind::EndMarker;
            t.line = t.end_line = line_;
            t.col = t.end_col = origin_.inside_brackets ? col_at(pos_) : 0;
            finished_ = true;
            final_token_ = t;
            return t;
        }
        char c = peek();
        std::size_t comment_start = pos_;
        bool after_comment = false;
        if (c == '#') {
            while (!at_end() && peek() != '\n' && peek() != '\r') ++pos_;
            if (at_end()) continue;
            c = peek();
            after_comment = true;
        }
        if (c == '\n' || c == '\r') {
            std::size_t nl = pos_;
            int end_col = col_at(nl);
            // As in CPython 3.11, a NEWLINE after a comment starts where the comment starts.
            int col = after_comment ? col_at(comment_start) : end_col;
            pos_ += (c == '\r' && peek(1) == '\n') ? 2 : 1;
            bool logical_end = brackets_.empty() && !origin_.inside_brackets && emitted_any_on_line_;
            int line = line_;
            new_line_starts_at(pos_);
            if (!brackets_.empty() || origin_.inside_brackets) continue;
            at_line_start_ = true;
            if (!logical_end) continue;
            emitted_any_on_line_ = false;
            Token t;
            t.kind = TokenKind::Newline;
            t.line = t.end_line = line;
            t.col = col;
            t.end_col = end_col;
            t.level = 0;
            return t;
        }
        if (c == '\\') {
            int col = col_at(pos_);
            if (peek(1) == '\n' || (peek(1) == '\r' && peek(2) == '\n')) {
                pos_ += peek(1) == '\n' ? 2 : 3;
                new_line_starts_at(pos_);
                if (at_end()) error_at("unexpected EOF while parsing", line_ - 1, col + 2, 0);
                continue;
            }
            if (at_end(1)) error_at("unexpected EOF while parsing", line_, col + 2, 0);
            error_at("unexpected character after line continuation character", line_, col + 2, 0);
        }
        return lex_token();
    }
}

// Measures the indentation of a new logical line and queues INDENT/DEDENT tokens. Blank and
// comment-only lines do not count. Sets `produced` only when it returns a token itself.
Token Lexer::lex_line_start(bool& produced) {
    produced = false;
    for (;;) {
        int col = 0, alt_col = 0;
        int continued_col = -1, continued_alt_col = -1;
        std::size_t p = pos_;
        for (; p < src_.size(); ++p) {
            char c = src_[p];
            if (c == ' ') { ++col; ++alt_col; }
            else if (c == '\t') { col = (col / kTabSize + 1) * kTabSize; ++alt_col; }
            else if (c == '\f') { col = alt_col = 0; }
            else if (c == '\\') {
                // A backslash inside the indentation continues the line; the indentation before
                // the first one counts (CPython 3.11).
                std::size_t after = p + 1;
                if (after < src_.size() && src_[after] == '\r') ++after;
                if (after >= src_.size() || src_[after] != '\n') {
                    pos_ = p;
                    error_at("unexpected character after line continuation character", line_, col_at(p) + 2, 0);
                }
                if (continued_col < 0) { continued_col = col; continued_alt_col = alt_col; }
                p = after;
                new_line_starts_at(after + 1);
            }
            else break;
        }
        if (continued_col >= 0) { col = continued_col; alt_col = continued_alt_col; }
        pos_ = p;
        char c = peek();
        if (at_end() || c == '#' || c == '\n' || c == '\r') {
            // A blank or comment-only line: no NEWLINE, no change of indentation.
            if (at_end()) { at_line_start_ = false; return {}; }
            if (c == '#') while (!at_end() && peek() != '\n' && peek() != '\r') ++pos_;
            if (at_end()) { at_line_start_ = false; return {}; }
            pos_ += (peek() == '\r' && peek(1) == '\n') ? 2 : 1;
            new_line_starts_at(pos_);
            continue;
        }
        at_line_start_ = false;
        int indent_chars = col_at(pos_);
        if (col == indents_.back()) {
            if (alt_col != alt_indents_.back())
                error_at("inconsistent use of tabs and spaces in indentation", line_, 1, 0, "TabError");
        } else if (col > indents_.back()) {
            if (static_cast<int>(indents_.size()) >= kMaxIndentDepth)
                error_at("too many levels of indentation", line_, 1, 0, "IndentationError");
            if (alt_col <= alt_indents_.back())
                error_at("inconsistent use of tabs and spaces in indentation", line_, 1, 0, "TabError");
            indents_.push_back(col);
            alt_indents_.push_back(alt_col);
            pending_indent_ = true;
            pending_line_ = line_;
            pending_col_ = indent_chars;
        } else {
            int dedents = 0;
            while (indents_.size() > 1 && col < indents_.back()) {
                indents_.pop_back();
                alt_indents_.pop_back();
                ++dedents;
            }
            if (col != indents_.back()) {
                std::size_t eol = src_.find('\n', pos_);
                std::size_t line_chars = utf8_length_in_code_points(
                    src_.substr(line_start_, (eol == std::string_view::npos ? src_.size() : eol) - line_start_));
                int offset = static_cast<int>(line_chars) + 1;
                error_at("unindent does not match any outer indentation level", line_, offset, 0,
                         "IndentationError");
            }
            if (alt_col != alt_indents_.back())
                error_at("inconsistent use of tabs and spaces in indentation", line_, 1, 0, "TabError");
            pending_dedents_ = dedents;
            pending_line_ = line_;
        }
        return {};
    }
}

Token Lexer::lex_token() {
    std::size_t start = pos_;
    char c = peek();
    if (is_digit(c) || (c == '.' && is_digit(peek(1)))) return lex_number(start);
    if (c == '"' || c == '\'') return lex_string(start, start);
    if (is_ascii_ident_start(c) || static_cast<unsigned char>(c) >= 0x80) {
        // A string prefix is an identifier directly followed by a quote.
        std::size_t p = pos_;
        while (p < src_.size() && p - pos_ < 3 && std::strchr("rRbBuUfF", src_[p]) && src_[p] != '\0') ++p;
        if (p < src_.size() && p > pos_ && (src_[p] == '"' || src_[p] == '\'')) {
            std::string prefix;
            for (std::size_t i = pos_; i < p; ++i) prefix += static_cast<char>(std::tolower(static_cast<unsigned char>(src_[i])));
            static const char* const kPrefixes[] = {"r", "u", "b", "f", "br", "rb", "fr", "rf"};
            for (const char* ok : kPrefixes)
                if (prefix == ok) return lex_string(start, p);
        }
        return lex_name(start);
    }
    return lex_operator(start);
}

Token Lexer::lex_name(std::size_t start) {
    int line = line_;
    int col = col_at(start);
    bool ascii = true;
    while (!at_end() && is_potential_ident_char(peek())) {
        if (static_cast<unsigned char>(peek()) >= 0x80) ascii = false;
        ++pos_;
    }
    if (!ascii) {
        std::string_view word = src_.substr(start, pos_ - start);
        int index = 0;
        for (std::size_t i = 0; i < word.size(); ++index) {
            std::size_t len = 1;
            char32_t cp = decode_utf8_at(word, i, &len);
            bool ok = index == 0 ? is_identifier_start(cp) : is_identifier_continue(cp);
            if (!ok) {
                int offset = col + index + 1;
                std::string msg;
                if (is_printable(cp)) {
                    msg = "invalid character '";
                    append_utf8(msg, cp);
                    msg += format_code_point("' (U+%04X)", cp);
                } else {
                    msg = format_code_point("invalid non-printable character U+%04X", cp);
                }
                error_at(msg, line, offset, offset);
            }
            i += len;
        }
    }
    return make(TokenKind::Name, start, line, col);
}

// Numbers are kept as source text; this only checks their shape with CPython's messages.
Token Lexer::lex_number(std::size_t start) {
    int line = line_;
    int col = col_at(start);
    auto decimal_tail = [&] {
        for (;;) {
            while (is_digit(peek())) ++pos_;
            if (peek() != '_') break;
            ++pos_;
            if (!is_digit(peek())) error_at_cursor("invalid decimal literal");
        }
    };
    auto exponent_and_imaginary = [&](bool allow_exponent) {
        if (allow_exponent && (peek() == 'e' || peek() == 'E')) {
            std::size_t e_pos = pos_;
            ++pos_;
            if (peek() == '+' || peek() == '-') {
                ++pos_;
                if (!is_digit(peek())) error_at_cursor("invalid decimal literal");
            } else if (!is_digit(peek())) {
                // "1else" is valid (with a warning); "1e" or "1ex" is not.
                pos_ = e_pos;
                verify_end_of_number("decimal");
                return;
            }
            decimal_tail();
        }
        if (peek() == 'j' || peek() == 'J') {
            ++pos_;
            verify_end_of_number("imaginary");
            return;
        }
        verify_end_of_number("decimal");
    };
    auto fraction = [&] {
        // The cursor is just past the '.'.
        if (is_digit(peek())) decimal_tail();
        exponent_and_imaginary(true);
    };

    if (peek() == '.') {
        ++pos_;
        fraction();
        return make(TokenKind::Number, start, line, col);
    }
    if (peek() == '0') {
        char kind = static_cast<char>(std::tolower(static_cast<unsigned char>(peek(1))));
        if (kind == 'x' || kind == 'o' || kind == 'b') {
            pos_ += 2;
            const char* name = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
            auto digit_ok = [kind](char c) {
                return kind == 'x' ? is_hex_digit(c) : kind == 'o' ? (c >= '0' && c <= '7') : (c == '0' || c == '1');
            };
            auto bad_digit = [&](char c) {
                if (kind != 'x' && is_digit(c)) {
                    ++pos_;
                    error_at_cursor(std::string("invalid digit '") + c + "' in " + name + " literal");
                }
                error_at_cursor(std::string("invalid ") + name + " literal");
            };
            do {
                if (peek() == '_') ++pos_;
                if (!digit_ok(peek())) bad_digit(peek());
                while (digit_ok(peek())) ++pos_;
            } while (peek() == '_');
            if (kind != 'x' && is_digit(peek())) bad_digit(peek());
            verify_end_of_number(name);
            return make(TokenKind::Number, start, line, col);
        }
        // Zeros, possibly an old-style octal (no longer allowed) or a float like 0.5 / 00e1.
        bool nonzero = false;
        ++pos_;
        for (;;) {
            if (peek() == '_') {
                ++pos_;
                if (!is_digit(peek())) error_at_cursor("invalid decimal literal");
            }
            if (peek() != '0') break;
            ++pos_;
        }
        std::size_t zeros_end = pos_;
        if (is_digit(peek())) {
            nonzero = true;
            decimal_tail();
        }
        if (peek() == '.') {
            ++pos_;
            fraction();
        } else if (peek() == 'e' || peek() == 'E' || peek() == 'j' || peek() == 'J') {
            exponent_and_imaginary(true);
        } else if (nonzero) {
            error_at("leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
                     "octal integers",
                     line, col + 1, col_at(zeros_end) + 1);
        } else {
            verify_end_of_number("decimal");
        }
        return make(TokenKind::Number, start, line, col);
    }
    decimal_tail();
    if (peek() == '.') {
        ++pos_;
        fraction();
    } else {
        exponent_and_imaginary(true);
    }
    return make(TokenKind::Number, start, line, col);
}

// A number directly followed by a letter is an error, except for the keywords that may follow a
// number in valid code ("1if x else y"), which CPython only warns about.
void Lexer::verify_end_of_number(const char* kind) {
    char c = peek();
    // The keyword must end there: "1else" is accepted, "1elsee3" is not.
    auto follows = [&](const char* rest) {
        std::size_t i = 0;
        for (; rest[i]; ++i)
            if (peek(1 + i) != rest[i]) return false;
        return !is_potential_ident_char(peek(1 + i));
    };
    bool keyword = (c == 'a' && follows("nd")) || (c == 'e' && follows("lse")) ||
                   (c == 'f' && follows("or")) || (c == 'o' && follows("r")) ||
                   (c == 'n' && follows("ot")) ||
                   (c == 'i' && (peek(1) == 'f' || peek(1) == 'n' || peek(1) == 's'));
    if (keyword) return;
    if (static_cast<unsigned char>(c) < 0x80 && is_potential_ident_char(c))
        error_at_cursor(std::string("invalid ") + kind + " literal");
}

Token Lexer::lex_string(std::size_t start, std::size_t quote_pos) {
    int line = line_;
    int col = col_at(start);
    char quote = src_[quote_pos];
    bool triple = quote_pos + 2 < src_.size() && src_[quote_pos + 1] == quote && src_[quote_pos + 2] == quote;
    pos_ = quote_pos + (triple ? 3 : 1);
    for (;;) {
        if (at_end()) {
            if (triple)
                error_at("unterminated triple-quoted string literal (detected at line " +
                             std::to_string(last_line_number()) + ")",
                         line, col + 1, col + 1);
            error_at("unterminated string literal (detected at line " + std::to_string(line_) + ")", line,
                     col + 1, col + 1);
        }
        char c = peek();
        if (c == quote) {
            if (!triple) { ++pos_; break; }
            if (peek(1) == quote && peek(2) == quote) { pos_ += 3; break; }
            ++pos_;
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (!triple)
                error_at("unterminated string literal (detected at line " + std::to_string(line_) + ")",
                         line, col + 1, col + 1);
            pos_ += (c == '\r' && peek(1) == '\n') ? 2 : 1;
            new_line_starts_at(pos_);
            continue;
        }
        if (c == '\\') {
            ++pos_;
            if (at_end()) continue;
            char e = peek();
            if (e == '\n' || e == '\r') {
                pos_ += (e == '\r' && peek(1) == '\n') ? 2 : 1;
                new_line_starts_at(pos_);
                continue;
            }
            ++pos_;
            continue;
        }
        ++pos_;
    }
    return make(TokenKind::String, start, line, col);
}

Token Lexer::lex_operator(std::size_t start) {
    int line = line_;
    int col = col_at(start);
    static const char* const kThree[] = {"**=", "//=", ">>=", "<<=", "...", "!="};
    // "<>" is one token (PEP 401's joke operator), which only the parser rejects.
    static const char* const kTwo[] = {"**", "//", ">>", "<<", "<=", ">=", "==", "!=", "<>", "->", ":=",
                                       "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="};
    std::string_view rest = src_.substr(pos_);
    for (const char* op : kThree)
        if (rest.substr(0, 3) == op) { pos_ += 3; return make(TokenKind::Op, start, line, col); }
    for (const char* op : kTwo)
        if (rest.substr(0, 2) == op) { pos_ += 2; return make(TokenKind::Op, start, line, col); }
    char c = peek();
    if (c == '(' || c == '[' || c == '{') {
        if (static_cast<int>(brackets_.size()) >= kMaxBracketDepth) {
            ++pos_;
            error_at_cursor("too many nested parentheses");
        }
        brackets_.push_back({c, line, col});
        ++pos_;
        return make(TokenKind::Op, start, line, col);
    }
    if (c == ')' || c == ']' || c == '}') {
        ++pos_;
        if (brackets_.empty()) error_at_cursor(std::string("unmatched '") + c + "'");
        OpenBracket open = brackets_.back();
        char expected = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
        if (c != expected) {
            std::string msg = std::string("closing parenthesis '") + c + "' does not match opening parenthesis '" +
                              open.ch + "'";
            if (open.line != line_) msg += " on line " + std::to_string(open.line);
            error_at_cursor(msg);
        }
        brackets_.pop_back();
        return make(TokenKind::Op, start, line, col);
    }
    // Any other single character: an operator, or a stray '$', '?', '!' that the parser rejects.
    std::size_t len = 1;
    decode_utf8_at(src_, pos_, &len);
    pos_ += len;
    return make(TokenKind::Op, start, line, col);
}

// ---- string literal bodies -------------------------------------------------------------------

lex::StringPrefix lex::string_prefix(std::string_view literal) {
    StringPrefix p;
    while (p.length < literal.size() && literal[p.length] != '"' && literal[p.length] != '\'') {
        char c = static_cast<char>(std::tolower(static_cast<unsigned char>(literal[p.length])));
        if (c == 'r') p.raw = true;
        if (c == 'b') p.bytes = true;
        if (c == 'f') p.fstring = true;
        ++p.length;
    }
    if (literal.size() >= p.length + 6 && literal[p.length + 1] == literal[p.length] &&
        literal[p.length + 2] == literal[p.length])
        p.quote_length = 3;
    return p;
}

bool lex::decode_escapes(std::string_view body, bool bytes, std::string& out, std::string& message,
                    std::size_t& bad_offset) {
    out.reserve(body.size());
    auto hex_value = [](char c) {
        return is_digit(c) ? c - '0' : (std::tolower(static_cast<unsigned char>(c)) - 'a' + 10);
    };
    auto unicode_error = [&](std::size_t from, std::size_t to, const std::string& what) {
        message = "(unicode error) 'unicodeescape' codec can't decode bytes in position " + std::to_string(from) +
                  "-" + std::to_string(to) + ": " + what;
        bad_offset = from;
        return false;
    };
    for (std::size_t i = 0; i < body.size();) {
        char c = body[i];
        if (c != '\\') {
            out += c;
            ++i;
            continue;
        }
        if (i + 1 >= body.size()) {
            out += '\\';
            ++i;
            continue;
        }
        char e = body[i + 1];
        std::size_t esc = i;
        i += 2;
        switch (e) {
            case '\n': break;
            case '\r': if (i < body.size() && body[i] == '\n') ++i; break;
            case '\\': out += '\\'; break;
            case '\'': out += '\''; break;
            case '"': out += '"'; break;
            case 'a': out += '\a'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'v': out += '\v'; break;
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                unsigned value = static_cast<unsigned>(e - '0');
                for (int k = 0; k < 2 && i < body.size() && body[i] >= '0' && body[i] <= '7'; ++k, ++i)
                    value = value * 8 + static_cast<unsigned>(body[i] - '0');
                if (bytes) out += static_cast<char>(value & 0xFF);
                else append_utf8(out, value);
                break;
            }
            case 'x': case 'u': case 'U': {
                if (bytes && e != 'x') {  // \u means nothing in bytes: kept as written
                    out += '\\';
                    out += e;
                    break;
                }
                int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                char32_t value = 0;
                int got = 0;
                while (got < digits && i < body.size() && is_hex_digit(body[i])) {
                    value = value * 16 + static_cast<char32_t>(hex_value(body[i]));
                    ++i;
                    ++got;
                }
                if (got < digits) {
                    if (bytes) {
                        message = "(value error) invalid \\x escape at position " + std::to_string(esc);
                        bad_offset = esc;
                        return false;
                    }
                    const char* what = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape"
                                                                                     : "truncated \\UXXXXXXXX escape";
                    return unicode_error(esc, i - 1, what);
                }
                if (bytes) {
                    out += static_cast<char>(value);
                } else {
                    if (value > 0x10FFFF) return unicode_error(esc, i - 1, "illegal Unicode character");
                    append_utf8(out, value);
                }
                break;
            }
            case 'N':
                if (!bytes) {
                    std::size_t close = body.find('}', i);
                    if (i >= body.size() || body[i] != '{' || close == std::string_view::npos || close == i + 1)
                        return unicode_error(esc, std::min(body.size(), close == std::string_view::npos ? body.size() : close + 1) - 1,
                                             "malformed \\N character escape");
                    char32_t cp = 0;
                    if (!lookup_unicode_name(body.substr(i + 1, close - i - 1), cp))
                        return unicode_error(esc, close, "unknown Unicode character name");
                    append_utf8(out, cp);
                    i = close + 1;
                    break;
                }
                [[fallthrough]];
            default:
                // Unknown escapes stay as written (CPython only warns).
                out += '\\';
                out += e;
                break;
        }
    }
    return true;
}

}  // namespace ls
