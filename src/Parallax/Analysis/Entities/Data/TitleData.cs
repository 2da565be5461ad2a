namespace Parallax.Analysis.Entities.Data;

/// <summary>
/// Titles and honorifics that stand before a name or in an apposition after it, written for this project:
/// <c>title | role</c>, matched case-insensitively. An empty role marks an honorific (Mr, Dr) that
/// signals a person but gives no role; a role names what the title says ("Gen." is "general").
/// Qualifiers (former, acting, deputy) are in <see cref="EntityRules"/>, not here.
/// </summary>
internal static class TitleData
{
    public const string Table = """
Mr|
Mr.|
Mrs|
Mrs.|
Ms|
Ms.|
Miss|
Dr|
Dr.|
Sir|
Dame|
Madam|
Madame|
Mme|
Mme.|
M.|
Prof.|professor
Professor|professor
President|president
Vice President|vice president
Vice-President|vice president
President-elect|president-elect
Prime Minister|prime minister
PM|prime minister
Premier|premier
Chancellor|chancellor
Deputy Prime Minister|deputy prime minister
Minister|minister
Foreign Minister|foreign minister
Deputy Foreign Minister|deputy foreign minister
Defense Minister|defense minister
Defence Minister|defense minister
Interior Minister|interior minister
Finance Minister|finance minister
Economy Minister|economy minister
Economic Minister|economy minister
Energy Minister|energy minister
Oil Minister|oil minister
Health Minister|health minister
Justice Minister|justice minister
Information Minister|information minister
Trade Minister|trade minister
Education Minister|education minister
Foreign Secretary|foreign secretary
Home Secretary|home secretary
Defence Secretary|defense secretary
Defense Secretary|defense secretary
Secretary of State|secretary of state
Secretary of Defense|defense secretary
Secretary|secretary
Secretary-General|secretary-general
Secretary General|secretary-general
Under Secretary|under secretary
Attorney General|attorney general
Ambassador|ambassador
Envoy|envoy
Special Envoy|special envoy
Governor|governor
Gov.|governor
Lt. Gov.|lieutenant governor
Mayor|mayor
Senator|senator
Sen.|senator
Representative|representative
Rep.|representative
Congressman|congressman
Congresswoman|congresswoman
Speaker|speaker
House Speaker|house speaker
Senate Majority Leader|senate majority leader
Majority Leader|majority leader
Minority Leader|minority leader
Leader|leader
Opposition Leader|opposition leader
Supreme Leader|supreme leader
King|king
Queen|queen
Prince|prince
Princess|princess
Crown Prince|crown prince
Emir|emir
Sheikh|sheikh
Shaikh|sheikh
Sultan|sultan
Pope|pope
Cardinal|cardinal
Archbishop|archbishop
Bishop|bishop
Rabbi|rabbi
Imam|imam
Ayatollah|ayatollah
Grand Ayatollah|grand ayatollah
Patriarch|patriarch
Father|priest
Rev.|reverend
Reverend|reverend
General|general
Gen.|general
Lt. Gen.|lieutenant general
Lieutenant General|lieutenant general
Maj. Gen.|major general
Major General|major general
Brig. Gen.|brigadier general
Brigadier General|brigadier general
Colonel|colonel
Col.|colonel
Lt. Col.|lieutenant colonel
Lieutenant Colonel|lieutenant colonel
Major|major
Maj.|major
Captain|captain
Capt.|captain
Lieutenant|lieutenant
Lt.|lieutenant
Sergeant|sergeant
Sgt.|sergeant
Admiral|admiral
Adm.|admiral
Vice Admiral|vice admiral
Rear Admiral|rear admiral
Commander|commander
Cmdr.|commander
Field Marshal|field marshal
Marshal|marshal
Chief of Staff|chief of staff
Chief of General Staff|chief of general staff
Chief Justice|chief justice
Justice|justice
Judge|judge
Prosecutor|prosecutor
Spokesman|spokesman
Spokeswoman|spokeswoman
Spokesperson|spokesperson
Press Secretary|press secretary
Chairman|chairman
Chairwoman|chairwoman
Chair|chair
CEO|chief executive
Chief Executive|chief executive
Director|director
Director-General|director-general
Director General|director-general
Commissioner|commissioner
High Commissioner|high commissioner
Head|head
Chief|chief
Coach|coach
Detective|detective
Officer|officer
Inspector|inspector
Deputy|deputy
Lawmaker|lawmaker
MP|member of parliament
Senior Adviser|senior adviser
Adviser|adviser
Advisor|adviser
National Security Adviser|national security adviser
""";
}
