/*
 * A stand-in for Windows' bcryptprimitives.dll, for running the test programs under
 * Wine 8 only (it is never shipped). Rust's standard library asks ProcessPrng for random
 * bytes (hash map seeds, temporary file names); Wine 8 does not export it. This fills
 * the buffer from RtlGenRandom (advapi32's SystemFunction036), which Wine has.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
