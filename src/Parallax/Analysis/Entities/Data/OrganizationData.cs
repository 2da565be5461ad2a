namespace Parallax.Analysis.Entities.Data;

/// <summary>
/// Organizations news names by acronym or by a name no pattern would catch, written for this project:
/// <c>canonical | aliases</c>. The canonical name is the full name; acronyms and short forms are aliases.
/// </summary>
internal static class OrganizationData
{
    public const string Table = """
United Nations|UN;U.N.
United Nations Security Council|UN Security Council;U.N. Security Council;UNSC;Security Council
United Nations General Assembly|UN General Assembly;U.N. General Assembly;UNGA;General Assembly
United Nations High Commissioner for Refugees|UNHCR;UN refugee agency
United Nations Children's Fund|UNICEF;Unicef
World Food Programme|WFP;World Food Program
World Health Organization|WHO;World Health Organisation
International Atomic Energy Agency|IAEA
Organisation for the Prohibition of Chemical Weapons|OPCW;Organization for the Prohibition of Chemical Weapons
International Criminal Court|ICC
International Court of Justice|ICJ
International Monetary Fund|IMF
World Bank|
World Trade Organization|WTO
North Atlantic Treaty Organization|NATO;Nato
European Union|EU;E.U.
European Commission|
European Parliament|
European Central Bank|ECB
Council of Europe|
Organization for Security and Co-operation in Europe|OSCE
African Union|AU
Arab League|League of Arab States
Gulf Cooperation Council|GCC
Organization of Islamic Cooperation|OIC
Association of Southeast Asian Nations|ASEAN
Organization of the Petroleum Exporting Countries|OPEC
Group of Seven|G7;G-7
Group of Twenty|G20;G-20
BRICS|
Shanghai Cooperation Organisation|SCO
International Committee of the Red Cross|ICRC;Red Cross
Syrian Arab Red Crescent|SARC
Red Crescent|
Doctors Without Borders|Medecins Sans Frontieres;Médecins Sans Frontières;MSF
Amnesty International|Amnesty
Human Rights Watch|HRW
Syrian Observatory for Human Rights|SOHR
White Helmets|Syria Civil Defence
Islamic State|ISIS;ISIL;IS;Daesh;Islamic State of Iraq and the Levant;Islamic State of Iraq and Syria
Al-Qaeda|al-Qaeda;al Qaeda;Al Qaeda;al-Qaida;Al-Qaida
Jabhat al-Nusra|Nusra Front;al-Nusra Front;Al-Nusra Front;al-Nusra;Jabhat Fateh al-Sham
Hayat Tahrir al-Sham|HTS
Hezbollah|Hizbollah;Hizballah
Hamas|
Islamic Jihad|
Fatah|
Palestine Liberation Organization|PLO
Palestinian Authority|PA
Taliban|
Houthis|Houthi;Ansar Allah
Boko Haram|
Al-Shabaab|al-Shabab;Al-Shabab;al-Shabaab
Kurdistan Workers' Party|PKK
People's Protection Units|YPG
Syrian Democratic Forces|SDF
Free Syrian Army|FSA
Syrian Arab Army|SAA
Islamic Revolutionary Guard Corps|IRGC;Revolutionary Guards;Revolutionary Guard
Muslim Brotherhood|
Kremlin|
Pentagon|
White House|
State Department|U.S. State Department;US State Department
Central Intelligence Agency|CIA
Federal Bureau of Investigation|FBI
National Security Agency|NSA
Department of Homeland Security|DHS
Federal Reserve|Fed
Securities and Exchange Commission|SEC
Environmental Protection Agency|EPA
Centers for Disease Control and Prevention|CDC
Food and Drug Administration|FDA
National Aeronautics and Space Administration|NASA
Democratic Party|
Republican Party|GOP
Labour Party|Labour
Conservative Party|Tory Party
Liberal Democrats|Lib Dems
Scottish National Party|SNP
United Russia|
Justice and Development Party|AKP;AK Party
Baath Party|Ba'ath Party;Baath
Likud|
Federal Security Service|FSB
Foreign Intelligence Service|SVR
Mossad|
MI6|Secret Intelligence Service
MI5|
Reuters|Thomson Reuters
Associated Press|AP
Agence France-Presse|AFP
Syrian Arab News Agency|SANA
TASS|ITAR-TASS
RIA Novosti|RIA
Interfax|
Xinhua|Xinhua News Agency
Anadolu Agency|Anadolu
Al Jazeera|Al-Jazeera;Aljazeera
Al Arabiya|Al-Arabiya
British Broadcasting Corporation|BBC
Cable News Network|CNN
Fox News|
MSNBC|
NBC News|NBC
CBS News|CBS
ABC News|ABC
National Public Radio|NPR
Russia Today|RT
Press TV|PressTV
The New York Times|New York Times;NYT
The Washington Post|Washington Post
The Wall Street Journal|Wall Street Journal;WSJ
The Guardian|Guardian
Bloomberg|Bloomberg News
Politico|
Axios|
Google|
Alphabet|
Apple|Apple Inc.
Microsoft|
Amazon|Amazon.com
Meta|Meta Platforms
Facebook|
Twitter|
YouTube|
Telegram|
WhatsApp|
Instagram|
TikTok|
Netflix|
Huawei|
Samsung|
Volkswagen|
General Motors|GM
Tesla|
Gazprom|
Rosneft|
Saudi Aramco|Aramco
Boeing|
Airbus|
ExxonMobil|Exxon Mobil;Exxon
Supreme Court|U.S. Supreme Court;US Supreme Court
Congress|U.S. Congress;US Congress
Senate|U.S. Senate;US Senate
House of Representatives|U.S. House;US House;House
Parliament|
Duma|State Duma
Knesset|
Bundestag|
European Council|
Oxfam|
Greenpeace|
Wikileaks|WikiLeaks
""";
}
