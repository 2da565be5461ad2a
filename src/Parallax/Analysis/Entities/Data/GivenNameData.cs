namespace Parallax.Analysis.Entities.Data;

/// <summary>
/// Common given names across cultures (English, French, Spanish, Portuguese, Italian, German, Slavic,
/// Arabic, Persian, Turkish, Hebrew, South Asian, Chinese pinyin, Korean, Japanese, African), written
/// for this project, whitespace-separated. A capitalised token sequence that starts with one is taken
/// as a person even at a sentence start ("Vladimir Putin said ...").
/// </summary>
internal static class GivenNameData
{
    public const string Names = """
Aaron Abigail Adam Adrian Agnes Alan Albert Alex Alexander Alexandra Alexis Alice Alicia Alison Allison Amanda Amber Amy Andrea
Andrew Andy Angela Angelina Anita Ann Anna Anne Annie Anthony Antonio Arthur Ashley Audrey Austin Barbara Barack Barry Ben
Benjamin Bernard Bernie Beth Betsy Betty Beverly Bill Billy Blake Bob Bobby Bonnie Brad Bradley Brandon Brenda Brett Brian Bruce
Bryan Caitlin Calvin Cameron Carl Carla Carlos Carol Caroline Carolyn Catherine Cathy Charles Charlie Charlotte Chelsea Cheryl
Chris Christian Christina Christine Christopher Chuck Cindy Claire Clarence Claudia Clint Colin Connor Craig Cynthia Dale Dan Dana
Daniel Danielle Danny Darren Dave David Dean Deb Debbie Deborah Debra Denise Dennis Derek Devin Diana Diane Dianne Dick Dina Don
Donald Donna Doris Dorothy Doug Douglas Dylan Ed Eddie Edith Edward Elaine Eleanor Elijah Elise Elizabeth Ellen Elliot Elon Emily
Emma Eric Erica Erik Erin Ethan Eugene Evan Evelyn Frances Francis Frank Fred Frederick Gabriel Gail Gary Gavin Gene George Gerald
Geraldine Gina Glen Glenn Gloria Gordon Grace Greg Gregory Hailey Hannah Harold Harriet Harry Heather Heidi Helen Henry Herbert
Hillary Holly Howard Hunter Ian Isaac Isabel Jack Jackie Jacob Jacqueline Jake James Jamie Jan Jane Janet Janice Jared Jason Jay
Jean Jeanne Jeff Jeffrey Jen Jennifer Jenny Jeremy Jerome Jerry Jess Jesse Jessica Jill Jim Jimmy Jo Joan Joanna Joanne Jodi Joe
Joel Joey John Johnny Jon Jonathan Jordan Joseph Josh Joshua Joy Joyce Judith Judy Julia Julian Julie Justin Karen Kate Katherine
Kathleen Kathryn Kathy Katie Kay Keith Kelly Ken Kenneth Kevin Kim Kimberly Kirk Kristen Kristin Kyle Kyrsten Larry Laura Lauren
Lawrence Leah Lee Leo Leon Leonard Leslie Liam Lily Linda Lindsey Lisa Liz Logan Lori Lorraine Louis Louise Lucas Lucy Luke Lynn
Madison Mallory Mandy Marcia Marco Marcus Margaret Maria Marian Marie Marilyn Marjorie Mark Marsha Martha Martin Marvin Mary Matt
Matthew Maureen Max Megan Meghan Melanie Melissa Michael Michele Michelle Mick Mike Mildred Mitch Mitchell Molly Monica Nancy
Natalie Nathan Neil Nicholas Nick Nicole Nikki Noah Norman Olivia Oliver Pam Pamela Pat Patricia Patrick Paul Paula Pauline Peggy
Penny Pete Peter Phil Philip Phillip Phyllis Rachel Ralph Randy Ray Raymond Rebecca Regina Rex Richard Rick Ricky Rita Rob Robert
Roberta Robin Rod Rodney Roger Ron Ronald Ronnie Rose Ruby Russell Ruth Ryan Sally Sam Samantha Samuel Sandra Sara Sarah Scott
Sean Seth Shane Shannon Sharon Shawn Sheila Shelley Sherry Shirley Sophia Sophie Stacey Stanley Stephanie Stephen Steve Steven
Stuart Sue Susan Suzanne Sylvia Tammy Tanya Ted Teresa Terry Theodore Theresa Thomas Tim Timothy Tina Todd Tom Tommy Tony Tracy
Travis Trevor Troy Tucker Tyler Valerie Vanessa Vernon Veronica Vicki Victor Victoria Vincent Virginia Walter Wanda Warren Wayne
Wendy Wesley Whitney William Willie Winston Zach Zachary Mitt Newt Rand Ketanji Kamala Beto Rishi Boris Keir Nicola Nigel Humza
Emmanuel Francois François Jacques Pierre Jean-Yves Jean-Marc Jean-Luc Jean-Claude Jean-Pierre Marine Nicolas Ségolène Segolene
Laurent Olivier Philippe Michel Alain Christophe Thierry Didier Dominique Sylvie Isabelle Nathalie Amelie Camille Chloe Mathieu
Antoine Benoit Gilles Hugo Lucien Manon Yves Rene Rémy Juan José Jose Luis Miguel Pedro Pablo Diego Javier Alejandro Fernando
Francisco Jorge Manuel Rafael Ricardo Sergio Andrés Andres Gustavo Nicolás Álvaro Alvaro Mauricio Evo Lula Dilma Jair Enrique
Felipe Gabriela Guadalupe Jimena Lucia Luisa Marta Mercedes Pilar Rosa Sofía Sofia Valentina Ximena Cristina Raúl Raul Ernesto
Fidel Ignacio Joaquín Joaquin Lionel Rodrigo Sebastián Sebastian João Joao Luiz Inacio Paulo Marcelo Fabio Giuseppe Giovanni Luigi
Matteo Mario Silvio Giorgia Paolo Franco Enrico Romano Beppe Olaf Friedrich Annalena Gerhard Helmut Wolfgang Jürgen Jurgen Hans
Klaus Karl Heinz Horst Ursula Frank-Walter Markus Vladimir Dmitry Dmitri Sergei Sergey Mikhail Alexei Alexey Aleksei Aleksandr
Ivan Nikolai Nikolay Yuri Yury Viktor Oleg Igor Andrei Andrey Pavel Maxim Roman Ramzan Tatiana Tatyana Olga Natalia Natalya Yelena
Elena Irina Svetlana Anastasia Lyudmila Yevgeny Evgeny Yevgeniy Gennady Leonid Grigory Konstantin Vasily Vyacheslav Anatoly Valery
Valeriy Volodymyr Petro Vitali Vitaly Yulia Oleksandr Oleksiy Dmytro Mykola Taras Andriy Ruslan Denys Kyrylo Arseniy Arseny Yevhen
Zbigniew Lech Andrzej Mateusz Jaroslaw Milos Aleksandar Slobodan Zoran Vaclav Tomas Lukas Ilham Nikol Serzh Alexandr Nursultan
Kassym-Jomart Shavkat Emomali Eduard Mohammed Muhammad Mohammad Mohamed Mohamad Muhammed Mehmet Ahmed Ahmad Ahmet Ali Hassan Hasan
Hussein Husayn Hussain Omar Umar Abdullah Abdallah Abdul Abdel Abdelaziz Abdulaziz Abdulrahman Abdel-Fattah Abdel-Aziz
Abdel-Rahman Bashar Hafez Hafiz Basel Asma Maher Rami Walid Waleed Khaled Khalid Tariq Tarek Yousef Youssef Yusuf Yousif Ibrahim
Ismail Ismael Mustafa Mostafa Moustafa Mahmoud Mahmud Mahmood Nabil Nabih Faisal Fahd Salman Saad Saeed Salem Salim Samir Sami
Hamad Hamid Hamza Hani Haider Haidar Nouri Nuri Adel Adil Amr Amer Anwar Ayman Bassam Fadi Fawaz Fouad Fuad Ghassan Habib Hisham
Issa Jamal Jameel Jamil Karim Kareem Majid Marwan Mounir Munir Nasser Nasr Osama Usama Qassem Qasim Rashid Rashed Riad Riyad Rafik
Rafiq Salah Sayed Sayyed Sharif Talal Tamim Yasser Yasir Yahya Zaid Zayed Ziad Fatima Fatma Aisha Ayesha Amina Layla Leila Laila
Mariam Maryam Nour Noor Rania Salma Samira Yasmin Yasmine Zainab Zeinab Huda Hanan Lina Rana Reem Hiba Manal Ghada Nadia Mohsen
Hossein Hosein Javad Mohammad-Javad Ebrahim Akbar Ali-Akbar Mir-Hossein Mehdi Reza Ruhollah Qasem Ghasem Esmail Abbas Alireza Amir
Ardeshir Bahram Behrouz Dariush Farhad Farid Hamidreza Kamran Kaveh Kourosh Masoud Massoud Morteza Parisa Payam Pouria Rouhollah
Shirin Soheil Vahid Recep Tayyip Mevlut Mevlüt Binali Hulusi Kemal Devlet Ekrem Selahattin Numan Ömer Omer Emine Ayse Ayşe Elif
Zeynep Hakan Burak Emre Murat Cem Erdal Fatih Gökhan Gokhan Kaan Levent Oguz Ozan Serkan Tolga Bülent Bulent Suleyman Süleyman
Volkan Taner Benny Yair Naftali Avigdor Ehud Ariel Shimon Yitzhak Moshe Avi Gideon Yossi Yoav Reuven Itamar Bezalel Tzipi Golda
Miri Ayelet Narendra Rahul Sonia Manmohan Amit Arvind Mamata Yogi Raj Rajesh Ravi Sanjay Sunil Suresh Vijay Anil Ajay Ashok Deepak
Imran Nawaz Shehbaz Shahbaz Asif Bilawal Benazir Pervez Khaleda Xi Wang Zhang Liu Chen Yang Zhao Huang Zhou Xu Zhu Guo Luo Zheng
Tang Feng Dong Xiao Cheng Cao Deng Jiang Qiang Peng Hua Wei Ming Lei Yan Jing Ying Mei Xin Hui Jie Yoon Jae-in Suk-yeol Geun-hye
Jong-un Yo-jong Shinzo Fumio Yoshihide Shigeru Taro Hiroshi Takeshi Akira Kenji Yuki Haruki Naoto Junichiro Sanae Nelson Cyril
Thabo Desmond Kofi Uhuru Yoweri Abiy Isaias Hailemariam Muhammadu Bola Goodluck Olusegun Kwame Nana Macky Alassane Felix Félix
Denis Idriss Mahamat Abdelfattah Fayez Khalifa Moammar Muammar Saif Aguila Zine Kais Beji Rached Hosni Gamal Alaa Lamine Aziz
Ghazi Masrour Nechirvan Jalal Moqtada Muqtada Ammar Ayad Iyad Adnan Nizar António Jens Frederik Mette Stefan Magdalena Ulf Sanna
Jonas Erna Kyriakos Andrej Xavier Edouard Jacinda Malcolm Abu Umm
""";
}
