namespace Parallax.Analysis.Entities.Data;

/// <summary>
/// Regions, provinces, states, seas and cities that news names often, written for this project:
/// <c>canonical | aliases</c>. Complements the generated city list (<see cref="CityData"/>) with the
/// spellings English news uses ("Raqqa", not GeoNames' "Ar Raqqah").
/// </summary>
internal static class RegionData
{
    public const string Table = """
Africa|
Asia|
Europe|
North America|
South America|
Latin America|
Central America|
Antarctica|
Oceania|
Middle East|Mideast
Near East|
Far East|
East Asia|
Southeast Asia|
South Asia|
Central Asia|
Eastern Europe|
Western Europe|
North Africa|
West Africa|
East Africa|
Horn of Africa|
Sub-Saharan Africa|
Sahel|
Maghreb|
Levant|
Balkans|the Balkans
Caucasus|North Caucasus;South Caucasus
Scandinavia|
Baltics|Baltic states
Persian Gulf|Gulf;Arabian Gulf
Red Sea|
Black Sea|
Mediterranean|Mediterranean Sea
Caspian Sea|
Baltic Sea|
South China Sea|
East China Sea|
Arctic|
Atlantic|Atlantic Ocean
Pacific|Pacific Ocean
Indian Ocean|
Gulf of Aden|
Strait of Hormuz|
Suez Canal|
Euphrates|Euphrates River
Tigris|
Nile|
Gaza Strip|
Gaza|
Gaza City|
West Bank|
East Jerusalem|
Golan Heights|Golan
Sinai|Sinai Peninsula
Crimea|Crimean Peninsula
Donbas|Donbass
Kurdistan|Iraqi Kurdistan;Kurdistan Region
Kashmir|
Tibet|
Xinjiang|
Chechnya|
Siberia|
Darfur|
Idlib|Idleb
Aleppo|Halab
Homs|
Hama|Hamah
Raqqa|Raqqah;Ar Raqqah;Al-Raqqa
Deir ez-Zor|Deir el-Zour;Deir Ezzor;Deir al-Zour;Deir ez-Zour
Daraa|Deraa;Dara'a
Palmyra|Tadmur
Latakia|Lattakia
Tartus|Tartous
Hasakah|Hasaka;Al-Hasakah
Qamishli|
Manbij|
Afrin|
Kobani|Kobane
Douma|
Eastern Ghouta|East Ghouta;Ghouta
Damascus|
Mosul|
Fallujah|Falluja
Ramadi|
Tikrit|
Kirkuk|
Erbil|Irbil
Basra|Basrah
Baghdad|
Najaf|
Karbala|
Sanaa|Sana'a
Aden|
Hodeidah|Hudaydah;Al Hudaydah
Benghazi|
Tripoli|
Misrata|Misratah
Sirte|
Rafah|
Khan Younis|Khan Yunis
Ramallah|
Hebron|
Nablus|
Jenin|
Jerusalem|
Tel Aviv|
Haifa|
Beirut|
Tyre|
Sidon|
Donetsk|
Luhansk|Lugansk
Mariupol|
Kharkiv|Kharkov
Kyiv|Kiev
Odesa|Odessa
Sevastopol|
Kabul|
Kandahar|
Helmand|
Tehran|
Ankara|
Istanbul|
Moscow|
Washington|Washington, D.C.;Washington DC;Washington D.C.
New York|New York City;NYC
Los Angeles|LA
Silicon Valley|
Geneva|Genève
Davos|
Lausanne|
Astana|Nur-Sultan
Sochi|
Camp David|
Kuwait City|
Abu Dhabi|
Doha|
Manama|
Muscat|
Luxembourg City|
Strasbourg|
Salzburg|
Oxford|
Cambridge|
Bethlehem|
Nazareth|
Mecca|Makkah
Medina|
Qom|
Kobe|
Hiroshima|
Nagasaki|
Fukushima|
Chernobyl|
Pripyat|
Bakhmut|
Kherson|
Zaporizhzhia|Zaporizhzhya;Zaporozhye
Bucha|
Irpin|
Avdiivka|
Shebaa Farms|
Qusayr|
Zabadani|
Yarmouk|
Madaya|
Jobar|
Harasta|
Khan Sheikhoun|Khan Shaykhun
Jisr al-Shughour|
Tal Abyad|
Ras al-Ain|
Jarablus|
Al-Bab|al-Bab;Al Bab
Azaz|
Tal Rifaat|
Wall Street|
Capitol Hill|
Alabama|
Alaska|
Arizona|
Arkansas|
California|
Colorado|
Connecticut|
Delaware|
Florida|
Hawaii|
Idaho|
Illinois|
Indiana|
Iowa|
Kansas|
Kentucky|
Louisiana|
Maine|
Maryland|
Massachusetts|
Michigan|
Minnesota|
Mississippi|
Missouri|
Montana|
Nebraska|
Nevada|
New Hampshire|
New Jersey|
New Mexico|
North Carolina|
North Dakota|
Ohio|
Oklahoma|
Oregon|
Pennsylvania|
Rhode Island|
South Carolina|
South Dakota|
Tennessee|
Texas|
Utah|
Vermont|
Virginia|
West Virginia|
Wisconsin|
Wyoming|
Puerto Rico|
Ontario|
Quebec|
British Columbia|
Alberta|
Bavaria|
Catalonia|
Basque Country|
Lombardy|
Sicily|
Sardinia|
Corsica|
Normandy|
Brittany|
Provence|
Flanders|
Wallonia|
Hokkaido|
Okinawa|
Guangdong|
Hubei|
Sichuan|
Punjab|
Balochistan|Baluchistan
Sindh|
Kerala|
Bengal|West Bengal
Kurdistan Region of Iraq|
Anbar|Anbar province
Nineveh|Ninawa
Khyber Pakhtunkhwa|
Borno|
Tigray|
Amhara|
Oromia|
Cyrenaica|
Tripolitania|
Patagonia|
Yucatan|
""";
}
