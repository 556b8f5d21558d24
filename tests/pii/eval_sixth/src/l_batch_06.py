# Writer l, batch 06: online petitions and comment threads.
# All values invented. CC0 1.0.

DOCS = [
{"id": "s6-l06-001", "kind": "petition", "text": """[시민청원 제{{case_number:2024-0387}}호] 영통 망포역 인근 어린이보호구역 과속카메라 설치 요청
청원인: [[PERSON:김*솔]] | 청원기간: {{date:2024.04.01}} ~ {{date:2024.04.30}} | 동의 {{statistic:1,208}}명

지난 {{date:3월 19일}} 오후 하교 시간에 저희 아이(초2)가 [[KR_ADDRESS:망포동 412-7]] 앞 횡단보도에서 차에 치일 뻔했습니다. 차량은 [[KR_CAR_PLATE:28머 6614]] 검정 SUV였고 블랙박스 영상도 있습니다. 이 길은 출퇴근 시간 우회도로로 쓰여서..."""},

{"id": "s6-l06-002", "kind": "comment_thread", "text": """└ ㅇㅇ([[IP_ADDRESS:118.235]]) {{date:2024.07.02 21:13}}
   저 차 주인 [[PERSON:조형석]]이라고 우리 아파트 사람임ㅋㅋ 매일 장애인구역에 댐
  └ 익명([[IP_ADDRESS:39.7]]) {{date:2024.07.02 21:20}}
     신상털지마세요 고소당함
  └ ㅇㅇ([[IP_ADDRESS:118.235]]) {{date:2024.07.02 21:22}}
     [[KR_ADDRESS:정자동 느티마을 3단지 304동]] 1층 사는데 뭐
IP 표시 안내: 앞 두 자리만 공개됩니다 ([[IP_ADDRESS:118.235]]은 통신사 대역)"""},

{"id": "s6-l06-003", "kind": "petition", "text": """청원 제목: 층간소음 가해세대 강제 조정 제도 마련해주세요

저는 [[KR_ADDRESS:성남시 분당구 판교역로 225, 봇들마을 9단지 908동 1502호]]에 사는 [[PERSON:노은서]]입니다. 윗집 1602호 때문에 2년째 잠을 못 잡니다. 관리사무소 ({{public_number:031-8017-1600}})에 {{statistic:40번}} 넘게 얘기했고 환경부 이웃사이센터에도 접수했습니다(접수번호 {{case_number:20231108-0042}}).
동의해주시면 감사하겠습니다. 연락 원하시는 언론사는 [[EMAIL_ADDRESS:eunseo.noh@daum.net]]"""},

{"id": "s6-l06-004", "kind": "comment_thread", "text": """[구청 자유게시판 댓글]
푸른하늘: 공사장 소음 진짜 심해요 ㅠㅠ
  ↳ 관리자(건축과 [[PERSON:윤재호]]): 안녕하세요. {{date:6월 10일}} 현장 점검 예정입니다. 추가 불편 사항은 [[PHONE_NUMBER:031-324-8842]] 으로 연락주세요.
      ↳ 푸른하늘: 그 번호 계속 안 받던데요? 주무관님 핸드폰 알려주세요
          ↳ 관리자(건축과 [[PERSON:윤재호]]): 개인 번호는 안내가 어렵습니다. 대표 {{public_number:031-6193-2114}}로 주시면 연결해 드려요."""},

{"id": "s6-l06-005", "kind": "petition", "text": """◆ 청원 답변 (시장 명의) ◆
청원번호 {{case_number:SW-P-2024-118}} / 답변일 {{date:2024년 9월 12일}}
'서호천 산책로 야간 조명 설치' 청원에 {{statistic:3,412명}}의 시민께서 공감해 주셨습니다.
시는 {{date:2025년 상반기}}까지 구간 조명 {{statistic:64기}}를 설치할 계획입니다.
※ 청원인 [[PERSON:허*진]] 님께 감사드립니다. 세부 문의: 공원녹지사업소 [[PERSON:추민서]] 주무관 [[PHONE_NUMBER:031-228-4593]], [[EMAIL_ADDRESS:chms0815@korea.kr]]"""},

{"id": "s6-l06-006", "kind": "comment_thread", "text": """맘카페 > 수지구 > 질문게시판
제목: 혹시 이 분 아시는 분?? (분실물)
작성자: 수지맘둘 | {{date:24.10.17}} | 조회 {{statistic:882}}
동천동 {{place_name:손곡천 산책로}}에서 지갑 주웠어요. 안에 신분증 있는데 [[PERSON:기 민 준]] 님이고 [[BIRTH_DATE:81]]년생... 아 주소는 안 쓸게요 ㅎㅎ 카드도 있는데 [[CREDIT_CARD:4862-**-****-0717]]
 └ 댓글: 저희 남편 후배 같은데요?? [[PERSON:민준]]씨 핸드폰 [[PHONE_NUMBER:010-5227-7706]] 맞는지 확인해보세요
 └ 댓글: 파출소 갖다주세요 개인정보 올리지 마시고요 ㅡㅡ"""},

{"id": "s6-l06-007", "kind": "petition", "text": """Re: [반대청원] 용인 반도체 송전선로 경과지 변경 요구
작성: [[PERSON:Jae Park]] (미국 거주, 원주민등록지 [[KR_ADDRESS:용인시 처인구 원삼면 사암리 283]])
저희 부모님 [[PERSON:박만호]]·[[PERSON:한정례]] 댁 바로 뒷산으로 선로가 지나갑니다. 아버지는 [[BIRTH_DATE:1940]]년 생이시고 심장 수술을 두 번 하셨어요. 전자파 걱정에...
연락 ([[PHONE_NUMBER:+1-408-555-0143]], 카톡 ID: jaepark_ca)"""},

{"id": "s6-l06-008", "kind": "comment_thread", "text": """<뉴스 댓글 · 공감순>
1. 구***  "시장이 먼저 사과해야지"  공감 {{statistic:412}}
2. mi****  "이거 [[KR_ADDRESS:태평2동 6789-1]] 얘기인 듯"  공감 {{statistic:201}}
3. 익명  "기자 이름 [[PERSON:민소연]] 기억해둔다"  공감 {{statistic:97}}
4. 하이  "작년 {{date:11월 3일}}에도 똑같은 사고 났음"  공감 {{statistic:55}}
(댓글 작성 IP 일부: [[IP_ADDRESS:211.246.*.*]], [[IP_ADDRESS:175.223.*.*]])"""},

{"id": "s6-l06-009", "kind": "petition", "text": """국민신문고 이송 민원 (성남시 접수)
민원인: [[PERSON:탁 상 우]]  휴대전화: [[PHONE_NUMBER:010-****-4412]] (비공개 요청)
주소: [[KR_ADDRESS:성남시 중원구 여수동 2**-*]] (일부 비공개)
내용: 모란역 5번 출구 앞 노점 정리 요청. 노점상 중 한 분(하 할머니)은 30년째... 생계 문제도 고려 부탁드립니다.
처리기한: {{date:2024-08-29}}  민원번호 {{case_number:1AA-2408-0298812}}"""},

{"id": "s6-l06-010", "kind": "comment_thread", "text": """@수원시 공식 인스타그램 댓글
_yoonah.k   제 딸 [[PERSON:소은]]이 사진 허락 없이 올라갔어요 내려주세요 (행사일 {{date:5/5}} 화성행궁)
   suwon_official   @_yoonah.k 불편드려 죄송합니다. DM으로 아이 이름과 보호자 연락처 남겨주시면 바로 조치하겠습니다.
_yoonah.k   DM 보냄요. [[PERSON:윤아]] 엄마예요 [[PHONE_NUMBER:010-3871-0256]]
bbang_dad   저희 애도요 [[PERSON:최준서]] 파란 모자"""},

{"id": "s6-l06-011", "kind": "petition", "text": """[청원 동의자 명단 (오프라인 서명부 전산화)]
연번 성명 생년월일 주소(동까지만) 서명
1 [[PERSON:박상철]] [[BIRTH_DATE:59.3.21]] 구성동 ○
2 [[PERSON:박미라]] [[BIRTH_DATE:62.7.4]] 구성동 ○
3 [[PERSON:곽재형]] [[BIRTH_DATE:1988.10.02]] 마북동 ○
4 [[PERSON:엄지]] ([[PERSON:Eom Ji]]) [[BIRTH_DATE:2000.1.19]] 보정동 ○
5 [[PERSON:Tanaka Yuki]] [[BIRTH_DATE:1979.5.30]] 언남동 ○
취합 {{date:2024-10-05}}, 취합자 [[PERSON:편경호]]"""},

{"id": "s6-l06-012", "kind": "comment_thread", "text": """[아파트 입주민 단톡 캡처 → 민원 첨부]
{{time:오후 11:42}} 808호 [[PERSON:송경민]]: 지하주차장 B2 기둥 옆 [[KR_CAR_PLATE:378고5531]] 차주분 2칸 주차 좀 하지 마세요
{{time:오후 11:44}} 1203호: 그 차 맨날 그래요 관리실에 말해도 안 바뀜
{{time:오후 11:50}} 관리사무소 [[PERSON:유정아]] 과장: 차주분께 연락드렸습니다. 내일 조치 예정입니다
{{time:오전 12:03}} 808호 [[PERSON:송경민]]: 감사합니다 ^^"""},

{"id": "s6-l06-013", "kind": "petition", "text": """◎ 주민참여예산 제안서
제안자: [[PERSON:방예원]] (만 {{statistic:17}}세, 고등학생) / 학교: {{org_name:수원외국어고등학교}} 학번 [[STUDENT_ID:2-0714]]
생년월일: [[BIRTH_DATE:2007. 12. 25.]]
보호자 동의: 모 [[PERSON:윤선영]] (서명) [[PHONE_NUMBER:010-9204-3381]]
제안명: {{place_name:광교저수지}} 둘레길 청소년 쉼터
사업비(추정) {{amount:4,800만원}}"""},

{"id": "s6-l06-014", "kind": "comment_thread", "text": """[민원 처리 게시판 — 공개글]
Q ({{date:2024.12.01}}, [[PERSON:ㄱㅁㅅ]]): 버스 정류장 쉘터 유리 깨졌어요. 위치는 [[KR_ADDRESS:용인시 기흥구 영덕동 1005-2]] 앞 정류장(정류장번호 {{code:29117}})
A ({{date:2024.12.03}}, 대중교통과): 확인 결과 {{date:12월 2일}} 새벽 차량 충돌로 파손. 가해차량({{code:법인 렌터카}}) 보험 처리 중이며 {{date:12/10}}까지 교체 예정입니다. 담당: [[PERSON:남경태]]"""},

{"id": "s6-l06-015", "kind": "petition", "text": """Petition (English version, submitted via 外国人 포털)
Title: Please add English menus to the Suwon local-currency app
Submitted by: [[PERSON:Ananya Sharma]], PhD student at {{org_name:Sungkyunkwan University}} (student ID [[STUDENT_ID:2022315847]])
Residence: [[KR_ADDRESS:수원시 장안구 서부로 2066, 기숙사 인관 B-417]]
Contact: [[EMAIL_ADDRESS:ananya.s@g.skku.edu]] / [[PHONE_NUMBER:010-6641-9028]]
Supporters so far: {{statistic:86}} (mostly international students)"""},

{"id": "s6-l06-016", "kind": "comment_thread", "text": """▶ 블로그 댓글 (비밀댓글 아님 주의)
안녕하세요 블로그 보고 연락드려요. 저도 분당구청에서 과태료 이의신청 했는데 같은 담당자 이 모 주무관... 아니 [[PERSON:이소민]] 주무관님이셨어요. 제 사건번호는 {{case_number:2024-과-02213}}이고 제 이메일 [[EMAIL_ADDRESS:sunny_day_0303@naver.com]] 로 자료 좀 공유해주실 수 있나요? 저는 [[BIRTH_DATE:03월 03일]]생 [[PERSON:써니]]입니다 ㅎㅎ"""},
]
