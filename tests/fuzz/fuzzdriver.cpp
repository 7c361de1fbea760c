// Replays a seeded corpus of mutations through LLVMFuzzerTestOneInput where
// libFuzzer is not available (GCC builds, CI): every byte-level edit of a few
// valid requests must be answered, refused, and never crash.
#include <QByteArray>
#include <QList>
#include <QRandomGenerator>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char* argv[])
{
    const int rounds = argc > 1 ? std::atoi(argv[1]) : 20000;
    const QList<QByteArray> seeds{
        "Action=GetCallerIdentity&Version=2011-06-15",
        "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A111122223333%3Arole"
        "%2FSecurityEngineer&RoleSessionName=s&PolicyArns.member.1.arn=x",
        "Action=CreateUser&Version=2010-05-08&UserName=a&Tags.member.1.Key=k&Tags.member.1.Value=v",
        "Action=ListUsers&Version=2010-05-08&MaxItems=2&Marker=c2IxOjI%3D",
        "Action=AssumeRoleWithSAML&Version=2011-06-15&SAMLAssertion=PHNhbWw%2B"};
    QRandomGenerator random(20261203);
    int tried = 0;
    for (int round = 0; round < rounds; ++round) {
        QByteArray input = seeds[random.bounded(int(seeds.size()))];
        const int edits = 1 + int(random.bounded(6));
        for (int e = 0; e < edits; ++e) {
            const int at = int(random.bounded(int(input.size()) + 1));
            switch (random.bounded(4)) {
            case 0:
                input.insert(at, char(random.bounded(256)));
                break;
            case 1:
                if (at < input.size())
                    input.remove(at, 1);
                break;
            case 2:
                if (at < input.size())
                    input[at] = "%&=+.\x80\xff"[random.bounded(7)];
                break;
            default:
                input.insert(at, input.mid(0, int(random.bounded(16))));
            }
        }
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()),
                               size_t(input.size()));
        ++tried;
    }
    std::printf("%d passed, 0 failed\n", tried);
    return 0;
}
